package ingest

import (
	"bufio"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzRead runs one table reader over data and checks what any input must
// give: articles with cleaned, non-empty text and increasing lines, and
// failures with a file name and a line that is not negative.
func fuzzRead(t *testing.T, data string, m map[string]string, read func(r *reader, in input, br *bufio.Reader) error) {
	var lastLine int
	r, err := newReader(Options{Map: m, MaxArticleBytes: 1 << 12},
		func(a Article) error {
			if a.Text == "" || Clean(a.Text) != a.Text {
				t.Errorf("article text not clean or empty: %q", a.Text)
			}
			if a.Line < lastLine || a.Line < 1 {
				t.Errorf("article line %d after line %d", a.Line, lastLine)
			}
			lastLine = a.Line
			if strings.Contains(a.Title, "\n") {
				t.Errorf("title holds a newline: %q", a.Title)
			}
			return nil
		},
		func(f Failure) {
			if f.Source != "fuzz" || f.Line < 0 || f.Err == nil {
				t.Errorf("bad failure %#v", f)
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	in := input{path: "fuzz"}
	if err := read(r, in, bufio.NewReader(strings.NewReader(data))); err != nil {
		t.Errorf("read returned %v", err)
	}
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: T\noutlet: 'O'\nauthors: [a, b]\n---\nBody text.",
		"---\nauthors:\n  - A\n  - B\ndate: 2024-05-06\n...\n# Heading\n\nBody *em* [link](x).",
		"---\n---\n",
		"---\ntitle: \"unterminated\n---\nx",
		"Headline Here\nBody.",
		"Pier Closes\n=====\nBody",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, markdown bool) {
		if !utf8.ValidString(s) {
			return
		}
		a, err := parseWhole(s, markdown)
		if err != nil {
			return
		}
		if a.Text == "" || Clean(a.Text) != a.Text {
			t.Errorf("text not clean or empty: %q", a.Text)
		}
		for _, v := range []string{a.Title, a.Outlet, a.Story, a.URL, a.Author} {
			if strings.ContainsAny(v, "\n\r") || v != strings.TrimSpace(v) {
				t.Errorf("metadata value not one trimmed line: %q", v)
			}
		}
	})
}

func FuzzCSV(f *testing.F) {
	f.Add("title,text,outlet\nA,\"Body, with comma\",O\nB,\"bad \"quote\",O\n", "", false)
	f.Add("headline\tbody\nH\tB\n", "", true)
	f.Add("x,content_original\n1,real text\n", "content_original", false)
	f.Add("text\n\"unterminated\n", "", false)
	f.Add("\ufefftext,date\nhello,2024-05-06\n", "", false)
	f.Fuzz(func(t *testing.T, data, textCol string, tab bool) {
		var m map[string]string
		if textCol != "" {
			m = map[string]string{"text": textCol}
		}
		fuzzRead(t, data, m, func(r *reader, in input, br *bufio.Reader) error {
			return r.readCSV(context.Background(), in, in.path, br, tab)
		})
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add(`{"text":"one","title":1,"authors":["a",{"name":"b"}]}`+"\n"+`{"text":`+"\n"+`[1]`+"\n", "")
	f.Add(`{"content_original":"real","content":"tok"}`, "content_original")
	f.Add("\n\n{\"Text\":\"x\", \"TEXT\":\"y\"} trailing\n", "")
	f.Add(`{"body":null,"text":{"name":"n"}}`, "")
	f.Add("[\n {\"text\": \"a\"},\n 7,\n {\"text\": \"b\",\n \"title\": [1, {\"x\": null}]}\n]", "")
	f.Add("\ufeff[{\"text\":\"a\"},{\"text\": bad}]", "")
	f.Fuzz(func(t *testing.T, data, textCol string) {
		var m map[string]string
		if textCol != "" {
			m = map[string]string{"text": textCol}
		}
		fuzzRead(t, data, m, func(r *reader, in input, br *bufio.Reader) error {
			return r.readJSONL(context.Background(), in, in.path, br)
		})
	})
}

func FuzzManifest(f *testing.F) {
	f.Add("file,outlet,story,title\na.txt,O,S,T\n")
	f.Add("File,Title\n\"b c.md\",\n,\n")
	f.Add("outlet\nx\n")
	f.Add("file\n\"unterminated\n")
	f.Fuzz(func(t *testing.T, data string) {
		r, err := newReader(Options{}, func(Article) error { return nil }, func(fl Failure) {
			if fl.Source != "m.csv" || fl.Line < 0 {
				t.Errorf("bad failure %#v", fl)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		inputs, _ := r.readManifest("m.csv", strings.NewReader(data))
		for _, in := range inputs {
			if in.path == "" || in.origin == nil || in.origin.Line < 2 {
				t.Errorf("bad input %#v", in)
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	f.Add("Line\r\n\r\n\r\nAdvertisement\n  x  \n\ufeffCafe\u0301 “quoted”")
	f.Add("\u2028\u2029\x00\x1b\t \n")
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if Clean(c) != c {
			t.Errorf("Clean not idempotent: %q -> %q -> %q", s, c, Clean(c))
		}
		if strings.ContainsAny(c, "\r\x00") {
			t.Errorf("Clean left CR or NUL: %q", c)
		}
		if utf8.ValidString(s) && !utf8.ValidString(c) {
			t.Errorf("Clean made invalid UTF-8: %q", c)
		}
		if Hash(s) != Hash(c) {
			t.Errorf("Hash(s) != Hash(Clean(s)) for %q", s)
		}
	})
}
