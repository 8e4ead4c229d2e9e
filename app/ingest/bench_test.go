package ingest

import (
	"bufio"
	"compress/gzip"
	"os"
	"testing"

	"github.com/framelens/framelens/app/internal/sharedtest"
)

// corpusLines returns the first n JSON lines of the shared corpus.
func corpusLines(b *testing.B, n int) [][]byte {
	b.Helper()
	f, err := os.Open(sharedtest.Path(b, corpusPath))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	var lines [][]byte
	for len(lines) < n && sc.Scan() {
		lines = append(lines, append([]byte(nil), sc.Bytes()...))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return lines
}

// BenchmarkRow is what the reader does with one JSON Lines row of the
// corpus once it has the line (text check, JSON, cleaning of the text and
// the fields, date, language, dedupe hash), now and with the reference
// copies of the code before the fast paths ("before"), on 2,000 rows.
func BenchmarkRow(b *testing.B) {
	lines := corpusLines(b, 2000)
	var size int64
	for _, l := range lines {
		size += int64(len(l))
	}
	want := defaultWant()
	row := func(obj map[string]any, key string) string { s, _ := obj[key].(string); return s }
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			for _, l := range lines {
				if checkText(l) != nil {
					b.Fatal("bad line")
				}
				obj, err := decodeObject(l, want)
				if err != nil {
					b.Fatal(err)
				}
				text := Clean(row(obj, "content_original"))
				_ = cleanField(row(obj, "title")) + cleanField(row(obj, "source")) + cleanField(row(obj, "authors")) + cleanField(row(obj, "url"))
				_ = parsePublished(row(obj, "date"))
				_ = DetectLanguage(text)
				_ = hashCleaned(text)
			}
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			for _, l := range lines {
				if refCheckText(l) != nil {
					b.Fatal("bad line")
				}
				obj, err := refDecodeObject(l)
				if err != nil {
					b.Fatal(err)
				}
				text := refClean(row(obj, "content_original"))
				_ = refCleanField(row(obj, "title")) + refCleanField(row(obj, "source")) + refCleanField(row(obj, "authors")) + refCleanField(row(obj, "url"))
				_ = refParsePublished(row(obj, "date"))
				_ = refDetectLanguage(text)
				_ = refHash(text)
			}
		}
	})
}
