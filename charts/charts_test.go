package charts

import (
	"encoding/json"
	"strings"
	"testing"
)

const evil = `</script><script>alert(1)</script> __f__alert(1)__f__`

func TestRateBars(t *testing.T) {
	c := RateBars("chart-x", "Title", "per 1,000 words", []Interval{
		{Label: "A", Rate: 3, Lo: 2, Hi: 13, N: 5, URL: "/evidence?outlet=1"},
		{Label: evil, Rate: 1, Lo: 0.5, Hi: 1.5, N: 1, Insufficient: true, URL: "/evidence?outlet=2"},
	})
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if strings.Contains(s, "<script") || strings.Contains(s, "</script") {
		t.Errorf("option JSON holds a raw script tag: %s", s)
	}
	var back struct {
		Option map[string]any `json:"option"`
		Links  [][]string     `json:"links"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if got, want := len(back.Links), 2; got != want {
		t.Fatalf("links for %d series, want %d", got, want)
	}
	if got, want := back.Links[0][1], "/evidence?outlet=2"; got != want {
		t.Errorf("link of bar 1 = %q, want %q", got, want)
	}
	series := back.Option["series"].([]any)
	custom := series[1].(map[string]any)
	if got, want := custom["renderItem"], "errorbar"; got != want {
		t.Errorf("renderItem = %v, want the name %q (no code in the option)", got, want)
	}
	data := series[0].(map[string]any)["data"].([]any)
	if got := data[1].(map[string]any)["name"]; got != evil {
		t.Errorf("label = %v, want the text unchanged %q", got, evil)
	}
	xAxis := back.Option["xAxis"].([]any)[0].(map[string]any)
	if max := xAxis["max"].(float64); max < 13 {
		t.Errorf("axis max %v cuts the whisker at 13", max)
	}
}

func TestStackedBarsPercentAxis(t *testing.T) {
	for _, tt := range []struct {
		percent bool
		wantMax bool
	}{{true, true}, {false, false}} {
		c := StackedBars("s", "t", "%", tt.percent, []string{"A", "B"}, []Series{
			{Name: "x", Values: []float64{60, 10}, URLs: []string{"/a"}},
			{Name: "y", Values: []float64{40, 90}},
		})
		xAxis := c.Option["xAxis"].([]map[string]any)[0]
		_, hasMax := xAxis["max"]
		if hasMax != tt.wantMax {
			t.Errorf("percent=%v: axis max set = %v, want %v", tt.percent, hasMax, tt.wantMax)
		}
		if got := len(c.Links[0]); got != 2 {
			t.Errorf("links padded to %d, want 2 (one per bar)", got)
		}
	}
}

func TestHeatmapCells(t *testing.T) {
	c := Heatmap("h", "t", "%", []string{"a", "b", "c"}, []string{"r1", "r2"}, []Cell{
		{X: 0, Y: 0, Value: 50, URL: "/x"}, {X: 2, Y: 1, Value: 100, URL: "/y"},
	})
	if got := len(c.Links[0]); got != 2 {
		t.Errorf("links = %d, want one per cell (2)", got)
	}
	if c.Height <= 0 {
		t.Errorf("height = %d, want > 0", c.Height)
	}
}

func TestNiceCeil(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{0, 1}, {0.3, 0.5}, {1, 1}, {1.2, 2}, {2.2, 2.5}, {4, 5}, {7, 10}, {13, 20}, {260, 500},
	} {
		if got := niceCeil(tt.in); got != tt.want {
			t.Errorf("niceCeil(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHeightGrowsWithRows(t *testing.T) {
	if a, b := height(2), height(200); !(b > a && a >= 160) {
		t.Errorf("height(2) = %d, height(200) = %d: want a floor of 160 and growth", a, b)
	}
}
