// Framelens dashboard script: initialises every chart from its JSON block,
// opens the evidence behind a clicked bar or cell, exports charts as PNG and
// shows the notes of highlighted words. Served by the binary; the pages run
// under a Content-Security-Policy that allows no inline script, so user text
// only ever reaches the page as data.
(function () {
  'use strict';

  var enc = function (s) {
    return window.echarts ? echarts.format.encodeHTML(String(s)) : String(s).replace(/[&<>"']/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  };

  // Named renderItem functions: an option asks for one by name, so no code
  // travels inside the option JSON.
  var renderers = {
    // errorbar draws value [index, lo, hi, ...] as a horizontal whisker on a
    // category y axis.
    errorbar: function (params, api) {
      var y = api.value(0), lo = api.value(1), hi = api.value(2);
      if (!(hi > lo)) { return null; }
      var a = api.coord([lo, y]), b = api.coord([hi, y]);
      var h = api.size([0, 1])[1] * 0.25;
      var style = { stroke: '#222', lineWidth: 1.5 };
      return {
        type: 'group', children: [
          { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style: style },
          { type: 'line', shape: { x1: a[0], y1: a[1] - h, x2: a[0], y2: a[1] + h }, style: style },
          { type: 'line', shape: { x1: b[0], y1: b[1] - h, x2: b[0], y2: b[1] + h }, style: style }
        ]
      };
    }
  };

  var num = function (v) {
    return typeof v === 'number' ? (Math.round(v * 100) / 100).toLocaleString('en') : enc(v);
  };

  // Tooltip formatters, chosen by option.framelens.tooltip; every string
  // from the data is escaped with echarts.format.encodeHTML.
  var tooltips = {
    rate: function (p, unit) {
      var v = p.value;
      if (p.seriesType === 'custom') {
        return enc(p.name) + '<br>95% interval: ' + num(v[1]) + ' – ' + num(v[2]) + '<br>articles: ' + num(v[3]) +
          (v[4] ? '<br><em>insufficient data</em>' : '');
      }
      return enc(p.name) + '<br>' + enc(unit) + ': <b>' + num(v) + '</b><br>click to open the evidence';
    },
    stack: function (p, unit) {
      return enc(p.name) + '<br>' + p.marker + enc(p.seriesName) + ': <b>' + num(p.value) + '</b> ' + enc(unit) +
        '<br>click to open the evidence';
    },
    cell: function (p, unit, opt) {
      var v = p.value || [];
      var x = opt.xAxis[0].data[v[0]], y = opt.yAxis[0].data[v[1]];
      return enc(y) + '<br>' + enc(x) + ': <b>' + num(v[2]) + '</b> ' + enc(unit) +
        (p.name ? '<br>' + enc(p.name) : '') + '<br>click to open the evidence';
    },
    axis: function (p, unit) {
      return enc(p.name) + '<br>' + p.marker + enc(p.seriesName) + ': <b>' + num(p.value) + '</b> ' + enc(unit);
    }
  };

  function safeLink(u) {
    // Only site-relative links: a chart never navigates to another host.
    return typeof u === 'string' && u.charAt(0) === '/' && u.charAt(1) !== '/' ? u : '';
  }

  function initChart(block) {
    var id = block.id.replace(/-data$/, '');
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    var spec;
    try { spec = JSON.parse(block.textContent); } catch (e) { return; }
    var opt = spec.option || {};
    el.style.height = (spec.height || 320) + 'px';
    (opt.series || []).forEach(function (s) {
      if (s.type === 'custom') {
        s.renderItem = renderers[s.renderItem] || renderers.errorbar;
      }
    });
    var meta = opt.framelens || {};
    delete opt.framelens;
    var fmt = tooltips[meta.tooltip];
    opt.tooltip = opt.tooltip || {};
    opt.tooltip.confine = true;
    if (fmt) {
      opt.tooltip.formatter = function (p) { return fmt(p, meta.unit || '', opt); };
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(opt);
    var links = spec.links || [];
    chart.on('click', function (p) {
      var row = links[p.seriesIndex] || [];
      var u = safeLink(row[p.dataIndex]);
      if (u) { window.location.href = u; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-ready', '1');
  }

  function exportPNG(btn) {
    var el = document.getElementById(btn.getAttribute('data-chart'));
    var chart = el && window.echarts && echarts.getInstanceByDom(el);
    if (!chart) { return; }
    var a = document.createElement('a');
    a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    a.download = 'framelens-' + btn.getAttribute('data-chart') + '.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // Highlight notes: a highlighted span is a button that shows its note
  // (signal, explanation, alternatives, entry) in the side panel; the note
  // text is already in the page, rendered and escaped by the server.
  function showNote(mark) {
    var id = mark.getAttribute('data-note');
    var note = id && document.getElementById(id);
    var panel = document.getElementById('note-panel');
    if (!note || !panel) { return; }
    panel.textContent = '';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'note-close';
    close.textContent = 'Close';
    close.addEventListener('click', function () { panel.hidden = true; mark.focus(); });
    panel.appendChild(close);
    panel.appendChild(note.cloneNode(true)).removeAttribute('id');
    panel.hidden = false;
    document.querySelectorAll('.hl.active').forEach(function (m) { m.classList.remove('active'); });
    mark.classList.add('active');
  }

  function flashTarget() {
    var h = window.location.hash;
    if (!h || h.length < 2) { return; }
    var el = document.getElementById(decodeURIComponent(h.slice(1)));
    if (!el) { return; }
    el.classList.add('target');
    if (el.classList.contains('hl')) { showNote(el); }
    var col = el.closest('.col-text');
    if (col) { col.scrollTop = el.offsetTop - col.offsetTop - 40; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('script[type="application/json"][id$="-data"]').forEach(initChart);
    document.addEventListener('click', function (ev) {
      var btn = ev.target.closest('button.png');
      if (btn) { exportPNG(btn); return; }
      var mark = ev.target.closest('.hl[data-note]');
      if (mark) { showNote(mark); }
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') {
        var panel = document.getElementById('note-panel');
        if (panel) { panel.hidden = true; }
        return;
      }
      if (ev.key !== 'Enter' && ev.key !== ' ') { return; }
      var mark = ev.target.closest && ev.target.closest('.hl[data-note]');
      if (mark) { ev.preventDefault(); showNote(mark); }
    });
    // Keep the story columns' scroll in step when "scroll together" is on.
    var sync = document.getElementById('sync-scroll');
    var cols = document.querySelectorAll('.col-text');
    var busy = false;
    cols.forEach(function (c) {
      c.addEventListener('scroll', function () {
        if (!sync || !sync.checked || busy) { return; }
        busy = true;
        var f = c.scrollTop / Math.max(1, c.scrollHeight - c.clientHeight);
        cols.forEach(function (o) { if (o !== c) { o.scrollTop = f * (o.scrollHeight - o.clientHeight); } });
        window.requestAnimationFrame(function () { busy = false; });
      });
    });
    flashTarget();
    window.addEventListener('hashchange', flashTarget);
  });
})();
