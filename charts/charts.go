// Package charts builds the dashboard's echarts options from plain rows.
//
// go-echarts builds every option; this package returns only the option as a
// JSON-marshalable value, never go-echarts' rendered HTML, whose script
// template lets a "</script>" in a label run as script and turns strings
// wrapped in "__f__" into code. Pages embed the option through html/template
// in a <script type="application/json"> block and one static script
// (assets/static/app.js) initialises the charts, so user text stays data.
//
// Every builder is a pure, deterministic function of its arguments.
package charts

import (
	"math"

	echarts "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Palette is the Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008),
// without its black, in the order series use it.
var Palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"}

// Chart is one chart ready to embed: the element ID it renders into, the
// echarts option, and Links: Links[s][i] is the URL opened when the user
// clicks data item i of series s ("" for none). Links are site-relative.
type Chart struct {
	ID     string         `json:"id"`
	Title  string         `json:"title"`
	Option map[string]any `json:"option"`
	Links  [][]string     `json:"links"`
	// Height is the chart's height in pixels, grown with the number of rows
	// so that 2 or 200 categories stay readable.
	Height int `json:"height"`
	// Note is a sentence shown under the chart (how to read it).
	Note string `json:"-"`
}

// Interval is one category's rate with its interval, for RateBars.
type Interval struct {
	Label string
	Rate  float64
	Lo    float64
	Hi    float64
	N     int
	// Insufficient marks thin evidence: drawn in grey and named as such
	// in the tooltip.
	Insufficient bool
	URL          string
}

// RateBars is a horizontal bar per category with its interval drawn as an
// error bar (a custom series whose renderItem app.js supplies by the name
// "errorbar"; no code travels in the option).
func RateBars(id, title, unit string, rows []Interval) Chart {
	bar := echarts.NewBar()
	bar.SetGlobalOptions(common(title)...)
	labels := make([]string, len(rows))
	maxV := 0.0
	data := make([]opts.BarData, len(rows))
	errs := make([]opts.CustomData, len(rows))
	links := make([]string, len(rows))
	for i, r := range rows {
		labels[i] = r.Label
		colour := Palette[0]
		if r.Insufficient {
			colour = "#BBBBBB"
		}
		data[i] = opts.BarData{Name: r.Label, Value: round(r.Rate), ItemStyle: &opts.ItemStyle{Color: colour}}
		errs[i] = opts.CustomData{Name: r.Label, Value: []any{i, round(r.Lo), round(r.Hi), r.N, r.Insufficient}}
		links[i] = r.URL
		maxV = math.Max(maxV, math.Max(r.Rate, r.Hi))
	}
	bar.SetXAxis(labels).AddSeries(unit, data)
	custom := echarts.NewCustom()
	custom.AddSeries("95% interval", errs, echarts.WithCustomChartOpts(opts.CustomChart{RenderItem: "errorbar"}))
	bar.Overlap(custom)
	bar.XYReversal()
	o := option(bar)
	horizontal(o, len(rows))
	// The axis must reach the highest interval bound, or whiskers are cut.
	o["xAxis"] = []map[string]any{{"type": "value", "max": niceCeil(maxV), "splitLine": map[string]any{"show": true}}}
	o["legend"] = map[string]any{"show": false}
	o["grid"] = []map[string]any{{"left": 8, "right": 24, "top": 12, "bottom": 8, "containLabel": true}}
	o["framelens"] = map[string]any{"tooltip": "rate", "unit": unit}
	c := Chart{ID: id, Title: title, Option: o, Links: [][]string{links, links}, Height: height(len(rows)),
		Note: "Whiskers: 95% bootstrap interval. Grey bars: insufficient data (too few articles or words); read the counts instead."}
	return c
}

// Series is one named series of values over a chart's categories, with a
// link per value.
type Series struct {
	Name   string
	Values []float64
	URLs   []string
}

// StackedBars is a horizontal stacked bar per category (e.g. outlet) with
// one segment per series (e.g. signal).
// When percent is set the value axis runs from 0 to 100.
func StackedBars(id, title, unit string, percent bool, categories []string, series []Series) Chart {
	bar := echarts.NewBar()
	bar.SetGlobalOptions(common(title)...)
	bar.SetXAxis(categories)
	links := make([][]string, len(series))
	for s, ser := range series {
		data := make([]opts.BarData, len(ser.Values))
		for i, v := range ser.Values {
			data[i] = opts.BarData{Name: categories[i], Value: round(v)}
		}
		bar.AddSeries(ser.Name, data, echarts.WithBarChartOpts(opts.BarChart{Stack: "total"}),
			echarts.WithItemStyleOpts(opts.ItemStyle{Color: Palette[s%len(Palette)]}))
		links[s] = pad(ser.URLs, len(ser.Values))
	}
	bar.XYReversal()
	o := option(bar)
	horizontal(o, len(categories))
	// A plain legend wraps instead of hiding series behind arrows; the
	// grid starts below it.
	legendRows := (len(series) + 2) / 3
	o["legend"] = map[string]any{"show": len(series) > 1, "type": "plain", "top": 0, "left": 0}
	top := 12
	if len(series) > 1 {
		top = 12 + 24*legendRows
	}
	o["grid"] = []map[string]any{{"left": 8, "right": 24, "top": top, "bottom": 8, "containLabel": true}}
	if percent {
		o["xAxis"] = []map[string]any{{"type": "value", "min": 0, "max": 100, "splitLine": map[string]any{"show": true}}}
	}
	o["framelens"] = map[string]any{"tooltip": "stack", "unit": unit}
	return Chart{ID: id, Title: title, Option: o, Links: links, Height: height(len(categories)) + top}
}

// Cell is one heatmap cell: column X, row Y.
type Cell struct {
	X, Y  int
	Value float64
	// Label is shown in the tooltip after the value (e.g. "3 of 5 articles").
	Label string
	URL   string
}

// Heatmap is a grid of rows (e.g. outlets) by columns (e.g. frames).
func Heatmap(id, title, unit string, columns, rows []string, cells []Cell) Chart {
	hm := echarts.NewHeatMap()
	hm.SetGlobalOptions(common(title)...)
	hm.SetXAxis(columns)
	data := make([]opts.HeatMapData, len(cells))
	links := make([]string, len(cells))
	maxV := 0.0
	for i, c := range cells {
		data[i] = opts.HeatMapData{Name: c.Label, Value: [3]any{c.X, c.Y, round(c.Value)}}
		links[i] = c.URL
		maxV = math.Max(maxV, c.Value)
	}
	if maxV == 0 {
		maxV = 1
	}
	// Cell labels help on a small grid and clutter a large one.
	hm.AddSeries(unit, data, echarts.WithLabelOpts(opts.Label{Show: opts.Bool(len(columns)*len(rows) <= 120)}))
	hm.SetGlobalOptions(
		echarts.WithYAxisOpts(opts.YAxis{Type: "category", Data: rows, Inverse: opts.Bool(true)}),
		echarts.WithVisualMapOpts(opts.VisualMap{Calculable: opts.Bool(false), Min: 0, Max: float32(maxV),
			Orient: "horizontal", Left: "center", Bottom: "0",
			InRange: &opts.VisualMapInRange{Color: []string{"#F7FBFF", "#56B4E9", "#0072B2"}}}),
	)
	o := option(hm)
	o["xAxis"] = []map[string]any{{"type": "category", "data": columns, "splitArea": map[string]any{"show": true},
		"axisLabel": map[string]any{"rotate": 30, "interval": 0, "width": 110, "overflow": "truncate"}}}
	o["yAxis"] = []map[string]any{{"type": "category", "data": rows, "inverse": true, "splitArea": map[string]any{"show": true},
		"axisLabel": map[string]any{"width": 160, "overflow": "truncate"}}}
	o["grid"] = []map[string]any{{"left": 8, "right": 16, "top": 40, "bottom": 90, "containLabel": true}}
	o["framelens"] = map[string]any{"tooltip": "cell", "unit": unit}
	return Chart{ID: id, Title: title, Option: o, Links: [][]string{links}, Height: height(len(rows)) + 110}
}

// Lines is a line per series over ordered categories (e.g. months).
func Lines(id, title, unit string, categories []string, series []Series) Chart {
	line := echarts.NewLine()
	line.SetGlobalOptions(common(title)...)
	line.SetXAxis(categories)
	links := make([][]string, len(series))
	for s, ser := range series {
		data := make([]opts.LineData, len(ser.Values))
		for i, v := range ser.Values {
			data[i] = opts.LineData{Name: categories[i], Value: round(v)}
		}
		line.AddSeries(ser.Name, data, echarts.WithItemStyleOpts(opts.ItemStyle{Color: Palette[s%len(Palette)]}),
			echarts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}))
		links[s] = pad(ser.URLs, len(ser.Values))
	}
	o := option(line)
	o["grid"] = []map[string]any{{"left": 8, "right": 24, "top": 56, "bottom": 8, "containLabel": true}}
	o["framelens"] = map[string]any{"tooltip": "axis", "unit": unit}
	return Chart{ID: id, Title: title, Option: o, Links: links, Height: 320}
}

// common are the options every chart shares: a title for the PNG export,
// a scrollable legend, and item tooltips (app.js formats them, escaping
// every string with echarts.format.encodeHTML).
func common(title string) []echarts.GlobalOpts {
	return []echarts.GlobalOpts{
		echarts.WithTitleOpts(opts.Title{Show: opts.Bool(false), Title: title}),
		echarts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "0"}),
		echarts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		echarts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(false)}),
		echarts.WithAnimation(false),
		echarts.WithColorsOpts(opts.Colors(Palette)),
	}
}

// chart is what the go-echarts chart types share for building an option.
type chart interface {
	Validate()
	JSON() map[string]any
}

// option finishes a go-echarts chart and returns its option, dropping the
// parts only go-echarts' own renderer uses.
func option(c chart) map[string]any {
	c.Validate()
	o := c.JSON()
	o["color"] = Palette
	o["aria"] = map[string]any{"enabled": true, "decal": map[string]any{"show": false}}
	return o
}

// horizontal lays out a category-on-the-left bar chart: long category names
// are cut to a width (the full name is in the tooltip and the table), the
// first category at the top.
func horizontal(o map[string]any, n int) {
	if ys, ok := o["yAxis"].([]opts.YAxis); ok && len(ys) > 0 {
		o["yAxis"] = []map[string]any{{"type": "category", "data": ys[0].Data, "inverse": true,
			"axisLabel": map[string]any{"width": 180, "overflow": "truncate", "interval": 0}}}
	}
	o["xAxis"] = []map[string]any{{"type": "value", "splitLine": map[string]any{"show": true}}}
	o["grid"] = []map[string]any{{"left": 8, "right": 24, "top": 36, "bottom": 8, "containLabel": true}}
	_ = n
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten, for axis ends.
func niceCeil(v float64) float64 {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// height gives a horizontal chart room for n categories.
func height(n int) int {
	return max(160, 60+n*30)
}

func pad(urls []string, n int) []string {
	out := make([]string, n)
	copy(out, urls)
	return out
}

// round keeps four significant decimals so options stay small and stable.
func round(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return math.Round(v*10000) / 10000
}
