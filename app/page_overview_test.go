package app

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestPickOutlets(t *testing.T) {
	figs := make([]outletFigures, 120)
	for i := range figs {
		figs[i] = outletFigures{ID: int64(i + 1), Name: fmt.Sprintf("Outlet %d", i+1), Articles: 1000 - i}
	}
	tests := []struct {
		name                string
		chosen              map[int64]bool
		all                 bool
		page                string
		wantFirst, wantLast int64
		wantCharted         int
		wantPrev, wantNext  bool
		wantPage, wantPages int
		wantErr             bool
	}{
		{name: "top outlets", wantFirst: 1, wantLast: tableLimit, wantCharted: chartLimit, wantPage: 1, wantPages: 1},
		{name: "all, first page", all: true, wantFirst: 1, wantLast: outletsPerPage, wantCharted: chartLimit,
			wantNext: true, wantPage: 1, wantPages: 3},
		{name: "all, page 2", all: true, page: "2", wantFirst: outletsPerPage + 1, wantLast: 2 * outletsPerPage,
			wantCharted: chartLimit, wantPrev: true, wantNext: true, wantPage: 2, wantPages: 3},
		{name: "all, last page", all: true, page: "3", wantFirst: 2*outletsPerPage + 1, wantLast: 120,
			wantCharted: chartLimit, wantPrev: true, wantPage: 3, wantPages: 3},
		{name: "all, past the end", all: true, page: "99", wantFirst: 2*outletsPerPage + 1, wantLast: 120,
			wantCharted: chartLimit, wantPrev: true, wantPage: 3, wantPages: 3},
		{name: "chosen", chosen: map[int64]bool{7: true, 99: true}, wantFirst: 7, wantLast: 99, wantCharted: 2,
			wantPage: 1, wantPages: 1},
		{name: "bad page", all: true, page: "x", wantErr: true},
		{name: "page zero", all: true, page: "0", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &overviewPage{Page: Page{Path: "/", Query: url.Values{"story": {"s1"}, "outlets": {"all"}}}}
			err := p.pickOutlets(figs, tt.chosen, tt.all, tt.page)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got := p.Outlets[0].ID; got != tt.wantFirst {
				t.Errorf("first listed outlet %d, want %d", got, tt.wantFirst)
			}
			if got := p.Outlets[len(p.Outlets)-1].ID; got != tt.wantLast {
				t.Errorf("last listed outlet %d, want %d", got, tt.wantLast)
			}
			if len(p.charted) != tt.wantCharted {
				t.Errorf("%d outlets in the charts, want %d", len(p.charted), tt.wantCharted)
			}
			if p.OutletsTotal != len(figs) {
				t.Errorf("outlets total %d, want %d", p.OutletsTotal, len(figs))
			}
			if p.Pager.Page != tt.wantPage || p.Pager.Pages != tt.wantPages {
				t.Errorf("page %d of %d, want %d of %d", p.Pager.Page, p.Pager.Pages, tt.wantPage, tt.wantPages)
			}
			if (p.Pager.Prev != "") != tt.wantPrev || (p.Pager.Next != "") != tt.wantNext {
				t.Errorf("prev %q next %q, want prev %v next %v", p.Pager.Prev, p.Pager.Next, tt.wantPrev, tt.wantNext)
			}
			for _, link := range []string{p.Pager.Prev, p.Pager.Next} {
				if link != "" && !strings.Contains(link, "story=s1") {
					t.Errorf("pager link %q drops the story filter", link)
				}
			}
		})
	}
}

func TestOverviewOutletChoice(t *testing.T) {
	f := newFixture(t)
	alpha, beta := f.id("Alpha Daily"), f.id("Beta Wire")
	tests := []struct {
		path      string
		status    int
		want, not []string
	}{
		{"/?outlet=" + alpha, 200, []string{"Alpha Daily", "chosen in the address"}, []string{"Beta Wire"}},
		{"/?outlet=" + alpha + "&outlet=" + beta + "&blind=1", 200, []string{"Outlet "}, []string{"Alpha Daily", "Beta Wire"}},
		{"/?outlets=all&page=1", 200, []string{"Alpha Daily", "Beta Wire", "Outlets 1–3 of 3"}, nil},
		{"/?outlet=abc", 400, nil, nil},
		{"/?outlets=all&page=-1", 400, nil, nil},
		{"/api/overview?outlet=" + beta, 200, []string{`"outlets_total":3`, "Beta Wire"}, []string{"Alpha Daily"}},
	}
	for _, tt := range tests {
		status, _, body := f.get(t, tt.path)
		if status != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, status, tt.status)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q", tt.path, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(body, n) {
				t.Errorf("GET %s: %q should not be there", tt.path, n)
			}
		}
	}
}
