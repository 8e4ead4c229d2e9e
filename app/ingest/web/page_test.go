package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestFetchPage(t *testing.T) {
	site := &feedSite{}
	mux := http.NewServeMux()
	mux.Handle("/", site.handler())
	mux.HandleFunc("/plain.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("Headline\n\nA plain text article about the council."))
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article/7", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f, _ := newTestFetcher(t, Options{})
	ctx := context.Background()

	t.Run("html page after a redirect", func(t *testing.T) {
		u := hostURL(t, srv.URL, "news.test", "/moved")
		a, err := FetchPage(ctx, f, u)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Flood defences delayed" || a.Outlet != "Riverside Gazette" || a.Format != "html" {
			t.Errorf("title %q outlet %q format %q", a.Title, a.Outlet, a.Format)
		}
		if !strings.HasSuffix(a.URL, "/article/7") || a.Source != u {
			t.Errorf("URL %q source %q, want the canonical URL and the URL as given", a.URL, a.Source)
		}
		if !strings.Contains(a.Text, "Work on the flood wall") || strings.Contains(a.Text, "Most read") {
			t.Errorf("text = %q", a.Text)
		}
	})
	t.Run("plain text", func(t *testing.T) {
		a, err := FetchPage(ctx, f, hostURL(t, srv.URL, "news.test", "/plain.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if a.Format != "text" || !strings.Contains(a.Text, "plain text article") {
			t.Errorf("format %q text %q", a.Format, a.Text)
		}
	})
	tests := []struct {
		path string
		want error
	}{
		{"/rss.xml", ErrIsFeed},
		{"/image", ErrNotText},
		{"/gone", ErrStatus},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := FetchPage(ctx, f, hostURL(t, srv.URL, "news.test", tt.path))
			if !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := FetchPage(ctx, f, "http://192.168.1.1/admin"); !errors.Is(err, ErrRefused) {
		t.Errorf("private address: error = %v, want ErrRefused", err)
	}
}
