package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Kinds of document, as Sniff reports them.
const (
	KindHTML   = "html"
	KindFeed   = "feed" // RSS, Atom, RDF or JSON Feed
	KindText   = "text" // plain text (or JSON, CSV ...)
	KindBinary = "binary"
)

// Sniff says what the body really is, from its bytes and only then from
// the declared type, because servers lie: "text/html" on a PNG,
// "application/octet-stream" on a page, "text/xml" on an HTML error page.
func (r *Response) Sniff() string {
	head := r.Body
	if len(head) > 1024 {
		head = head[:1024]
	}
	detected := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(detected, "text/"), detected == "application/xml",
		strings.HasPrefix(detected, "application/json"):
	case detected == "application/octet-stream" && textLike(head):
	default:
		return KindBinary
	}
	trimmed := bytes.ToLower(bytes.TrimLeft(head, "\ufeff \t\r\n"))
	if idx := bytes.Index(trimmed, []byte("<?xml")); idx == 0 {
		// Skip the declaration to see the root element.
		if end := bytes.Index(trimmed, []byte("?>")); end > 0 {
			trimmed = bytes.TrimLeft(trimmed[end+2:], " \t\r\n")
		}
	}
	for bytes.HasPrefix(trimmed, []byte("<!--")) || bytes.HasPrefix(trimmed, []byte("<?")) {
		end := bytes.Index(trimmed, []byte(">"))
		if end < 0 {
			break
		}
		trimmed = bytes.TrimLeft(trimmed[end+1:], " \t\r\n")
	}
	switch {
	case bytes.HasPrefix(trimmed, []byte("<rss")), bytes.HasPrefix(trimmed, []byte("<feed")),
		bytes.HasPrefix(trimmed, []byte("<rdf:rdf")):
		return KindFeed
	case strings.HasPrefix(detected, "text/html"), bytes.HasPrefix(trimmed, []byte("<!doctype html")),
		bytes.HasPrefix(trimmed, []byte("<html")):
		return KindHTML
	}
	switch r.MediaType() {
	case "text/html", "application/xhtml+xml":
		if bytes.HasPrefix(trimmed, []byte("<")) {
			return KindHTML
		}
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		if bytes.HasPrefix(trimmed, []byte("<")) {
			return KindFeed
		}
	}
	if bytes.HasPrefix(trimmed, []byte("{")) && bytes.Contains(trimmed, []byte("jsonfeed.org/version")) {
		return KindFeed // JSON Feed
	}
	return KindText
}

// textLike is a second opinion on bytes DetectContentType calls
// "application/octet-stream" because of a few control bytes: text in a
// legacy encoding has no NUL and almost no control bytes.
func textLike(head []byte) bool {
	if len(head) == 0 {
		return true
	}
	ctrl := 0
	for _, b := range head {
		if b == 0 {
			return false
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*100 < len(head)
}

// Text returns the body decoded to UTF-8. The charset comes from, in order:
// a byte-order mark, the Content-Type header, an HTML <meta charset> or
// http-equiv in the first 1024 bytes, or a guess (UTF-8 when the bytes are
// valid UTF-8, windows-1252 otherwise), as the WHATWG encoding standard
// prescribes for browsers. A body that is not text (an image, an archive)
// is an error matching ErrNotText, whatever the server declared.
func (r *Response) Text() (string, error) {
	if r.Sniff() == KindBinary {
		head := r.Body
		if len(head) > 512 {
			head = head[:512]
		}
		return "", fmt.Errorf("%s: %w: the content looks like %s although the server said %q",
			r.URL, ErrNotText, http.DetectContentType(head), r.ContentType)
	}
	return decode(r.Body, r.ContentType)
}

// decode converts body to UTF-8 using the encoding determined from it and
// contentType.
func decode(body []byte, contentType string) (string, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" {
		body = bytes.TrimPrefix(body, []byte("\ufeff"))
		if utf8.Valid(body) {
			return string(body), nil
		}
		// Declared UTF-8 but not valid: keep what is readable rather than
		// refusing the page; the invalid bytes become U+FFFD.
		return strings.ToValidUTF8(string(body), "\uFFFD"), nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return "", fmt.Errorf("decode %s: %w", name, err)
	}
	return string(out), nil
}
