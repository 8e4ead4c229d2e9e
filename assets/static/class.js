// Framelens classroom script: presentation mode (one panel per screen,
// arrow keys, Esc), the student's marking page (tap words, choose a
// reason, send) and the teacher's live view (polls the class's results
// and paints them as a heat map). Served by the binary under a CSP with no
// inline script; text from the server is only ever set as textContent.
(function () {
  'use strict';

  // ---- presentation mode ----
  function presentation() {
    var body = document.body;
    if (!body.classList.contains('present')) { return; }
    var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
    if (!slides.length) { return; }
    var count = document.getElementById('slide-count');
    var cur = 0;
    function show(i) {
      cur = Math.max(0, Math.min(slides.length - 1, i));
      slides.forEach(function (s, j) { s.classList.toggle('current', j === cur); });
      if (count) { count.textContent = (cur + 1) + ' / ' + slides.length; }
      if (window.location.hash !== '#' + (cur + 1)) { history.replaceState(null, '', '#' + (cur + 1)); }
      // Charts drawn while hidden have no size: resize the one now shown.
      var chartEl = slides[cur].querySelector('.chart');
      if (chartEl && window.echarts) {
        var c = echarts.getInstanceByDom(chartEl);
        if (c) {
          // Projector type: larger labels than the dashboard's.
          c.setOption({
            textStyle: { fontSize: 18 },
            legend: { textStyle: { fontSize: 16 } },
            xAxis: { axisLabel: { fontSize: 16 } },
            yAxis: { axisLabel: { fontSize: 20 } }
          });
          c.resize();
        }
      }
    }
    body.classList.add('js-deck');
    var n = parseInt((window.location.hash || '').slice(1), 10);
    show(n > 0 ? n - 1 : 0);
    document.addEventListener('keydown', function (ev) {
      if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
      switch (ev.key) {
        case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': case 'Enter':
          if (ev.target.closest && ev.target.closest('.hl[data-note]')) { return; }
          ev.preventDefault(); show(cur + 1); break;
        case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace':
          ev.preventDefault(); show(cur - 1); break;
        case 'Home': ev.preventDefault(); show(0); break;
        case 'h': case 'H':
          // Hide or show the tool's highlights, to let the class look first.
          body.classList.toggle('plain');
          break;
        case 'End': ev.preventDefault(); show(slides.length - 1); break;
        case 'Escape':
          var panel = document.getElementById('note-panel');
          if (panel && !panel.hidden) { return; } // app.js closes the note first
          window.location.href = body.getAttribute('data-back') || '/class';
          break;
      }
    }, true); // capture: see an open note before app.js closes it
    document.getElementById('deck').addEventListener('click', function (ev) {
      if (ev.target.closest('.hl, a, button, .chart')) { return; }
      show(ev.clientX < window.innerWidth / 3 ? cur - 1 : cur + 1);
    });
  }

  // ---- worksheet ----
  function worksheet() {
    var p = document.getElementById('print');
    if (p) { p.addEventListener('click', function () { window.print(); }); }
  }

  // ---- student marking page ----
  function marking() {
    var root = document.getElementById('mark');
    if (!root) { return; }
    var text = document.getElementById('mark-text');
    var reason = document.getElementById('reason');
    var status = document.getElementById('mark-status');
    var send = document.getElementById('send');
    var closed = text.classList.contains('closed');
    var dirty = false;

    function setMark(b, on) {
      if (on) {
        b.setAttribute('data-r', reason.value);
        b.classList.add('on');
        b.setAttribute('aria-pressed', 'true');
        b.title = reason.options[reason.selectedIndex].text;
      } else {
        b.removeAttribute('data-r');
        b.classList.remove('on');
        b.setAttribute('aria-pressed', 'false');
        b.removeAttribute('title');
      }
    }
    function changed() {
      dirty = true;
      var n = text.querySelectorAll('button.w.on').length;
      status.textContent = n + ' word' + (n === 1 ? '' : 's') + ' marked, not sent yet.';
    }
    text.addEventListener('click', function (ev) {
      var b = ev.target.closest('button.w');
      if (!b || closed) { return; }
      setMark(b, !b.classList.contains('on'));
      changed();
    });
    document.getElementById('mark-selection').addEventListener('click', function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || closed) { status.textContent = 'Select some words in the text first.'; return; }
      var n = 0;
      for (var i = 0; i < sel.rangeCount; i++) {
        var r = sel.getRangeAt(i);
        text.querySelectorAll('button.w').forEach(function (b) {
          if (r.intersectsNode(b)) { setMark(b, true); n++; }
        });
      }
      sel.removeAllRanges();
      if (n) { changed(); }
    });
    function apply(state) {
      if (state.closed) {
        closed = true;
        text.classList.add('closed');
        send.disabled = true;
      }
    }
    send.addEventListener('click', function () {
      var marks = [];
      text.querySelectorAll('button.w.on').forEach(function (b) {
        marks.push({ start: +b.getAttribute('data-s'), end: +b.getAttribute('data-e'), reason: b.getAttribute('data-r') });
      });
      send.disabled = true;
      status.textContent = 'Sending…';
      fetch(root.getAttribute('data-url'), {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': root.getAttribute('data-csrf') },
        body: JSON.stringify({ marks: marks })
      }).then(function (res) {
        return res.json().then(function (j) { return { ok: res.ok, j: j }; });
      }).then(function (r) {
        if (!r.ok) {
          status.textContent = r.j.error || 'Not sent. Try again.';
          apply(r.j);
          if (r.j.error && /closed/.test(r.j.error)) { apply({ closed: true }); }
          send.disabled = closed;
          return;
        }
        dirty = false;
        status.textContent = 'Sent: ' + r.j.marks.length + ' word' + (r.j.marks.length === 1 ? '' : 's') + '. You can still change them.';
        send.disabled = false;
      }).catch(function () {
        status.textContent = 'Not sent: no connection. Try again.';
        send.disabled = false;
      });
    });
    // Learn when the teacher closes the exercise.
    setInterval(function () {
      if (closed) { return; }
      fetch(root.getAttribute('data-url'), { credentials: 'same-origin' }).then(function (res) {
        return res.ok ? res.json() : null;
      }).then(function (j) {
        if (j && j.closed) {
          apply(j);
          status.textContent = 'Your teacher has closed this exercise' + (dirty ? ': your last changes were not sent.' : '.');
        }
      }).catch(function () {});
    }, 15000);
  }

  // ---- teacher's live view ----
  function live() {
    var root = document.getElementById('live');
    if (!root) { return; }
    var words = {};
    root.querySelectorAll('.heat .w').forEach(function (w) { words[w.getAttribute('data-s')] = w; });
    var names = {};
    var tpl = document.getElementById('reason-names');
    if (tpl) {
      tpl.content.querySelectorAll('span').forEach(function (s) { names[s.getAttribute('data-id')] = s.textContent; });
    }
    var counts = document.getElementById('live-counts');
    var agree = document.querySelector('#agree tbody');
    function reasonText(rs) {
      return Object.keys(rs).sort(function (a, b) { return rs[b] - rs[a]; }).map(function (k) {
        return (names[k] || k) + ' ×' + rs[k];
      }).join(', ');
    }
    function chip(list, text, meta) {
      var li = document.createElement('li');
      li.textContent = text;
      if (meta) {
        var m = document.createElement('span');
        m.className = 'meta';
        m.textContent = ' ' + meta;
        li.appendChild(m);
      }
      list.appendChild(li);
    }
    function paint(r) {
      counts.textContent = r.students + ' joined, ' + r.submitted + ' submitted.' +
        (r.nicknames.length ? ' ' + r.nicknames.join(', ') : '');
      Object.keys(words).forEach(function (k) {
        var w = words[k];
        for (var i = 1; i <= 5; i++) { w.classList.remove('heat-' + i); }
        w.removeAttribute('title');
        w.removeAttribute('data-n');
      });
      agree.textContent = '';
      r.words.forEach(function (lw) {
        var w = words[String(lw.start)];
        if (w && lw.marked > 0) {
          w.classList.add('heat-' + Math.max(1, Math.min(5, Math.ceil(lw.share * 5))));
          w.setAttribute('data-n', lw.marked);
          w.title = lw.marked + ' of ' + r.submitted + ' students: ' + reasonText(lw.reasons) +
            (lw.tool.length ? ' · tool: ' + lw.tool.join(' ') : '');
        }
        if (lw.marked === 0) { return; }
        var tr = document.createElement('tr');
        [lw.word, String(lw.marked), Math.round(lw.share * 100) + '%', reasonText(lw.reasons), lw.tool.join(' ') || '—'].forEach(function (v, i) {
          var td = document.createElement('td');
          td.textContent = v;
          if (i === 1 || i === 2) { td.className = 'num'; }
          tr.appendChild(td);
        });
        agree.appendChild(tr);
      });
      var so = document.getElementById('students-only');
      so.textContent = '';
      r.students_only.forEach(function (lw) { chip(so, lw.word, '×' + lw.marked); });
      if (!r.students_only.length) { chip(so, 'none yet'); }
      var to = document.getElementById('tool-only');
      to.textContent = '';
      r.tool_only.forEach(function (t) { chip(to, t.words, t.signal + (t.voice === 'direct_quote' ? ' (in a quote)' : '')); });
      if (!r.tool_only.length) { chip(to, 'none'); }
      root.setAttribute('data-updated', String(Date.now()));
      root.setAttribute('data-submitted', String(r.submitted));
    }
    function poll() {
      fetch(root.getAttribute('data-url'), { credentials: 'same-origin', cache: 'no-store' }).then(function (res) {
        return res.ok ? res.json() : null;
      }).then(function (r) { if (r) { paint(r); } }).catch(function () {}).then(function () {
        setTimeout(poll, 3000);
      });
    }
    poll();
  }

  document.addEventListener('DOMContentLoaded', function () {
    presentation();
    worksheet();
    marking();
    live();
  });
})();
