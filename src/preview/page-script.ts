// The page's own JavaScript (plain, for the browser): the list of SOPs, the chosen SOP's drawing
// with its findings pinned on the steps, the findings list and the YAML source, kept up to date
// through server-sent events without reloading the page (zoom, scroll and the chosen step stay).

export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var W = JSON.parse(document.getElementById('words').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var SEVERITY_COLOR = { error: '#cf222e', warn: '#bf8700', info: '#0969da' };
  var state = { file: null, view: 'chart', data: null, selected: null, line: null, views: new Map(), request: 0 };
  var zoom = createZoom($('viewport'), $('canvas'), function (t) { $('zoom-level').textContent = Math.round(t.s * 100) + '%'; });
  window.sopPreview = state;

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function el(tag, attrs, html) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (html !== undefined) node.innerHTML = html;
    return node;
  }
  function getJson(url) {
    return fetch(url, { cache: 'no-store' }).then(function (r) { return r.ok ? r.json() : null; });
  }
  function viewKey() { return state.file + '\u0000' + state.view; }

  // The list of SOPs, and the project's error (a config that does not load).
  function loadList() {
    return getJson('/api/sops').then(function (data) {
      var list = $('list');
      list.textContent = '';
      if (data.sops.length === 0) list.appendChild(el('li', { class: 'empty' }, esc(W.noSops)));
      data.sops.forEach(function (sop) {
        var c = sop.counts;
        var item = el('li', { 'data-file': sop.file, 'aria-current': String(sop.file === state.file) },
          '<strong>' + esc(sop.title || sop.file) + '</strong><span class="file">' + esc(sop.file) + '</span><span class="counts">' +
          (c.error ? '<span class="error">● ' + c.error + '</span>' : '') + (c.warn ? '<span class="warn">▲ ' + c.warn + '</span>' : '') +
          (c.info ? '<span class="info">○ ' + c.info + '</span>' : '') + '</span>');
        item.addEventListener('click', function () { choose(sop.file, state.view); });
        list.appendChild(item);
      });
      var banner = $('project-banner');
      banner.hidden = !data.error;
      banner.textContent = data.error ? W.projectError + ' ' + data.error : '';
      var files = data.sops.map(function (s) { return s.file; });
      if (state.file === null || files.indexOf(state.file) < 0) state.file = files[0] || null;
      return data;
    });
  }

  function choose(file, view) {
    if (state.file !== null && $('canvas').childElementCount > 0) state.views.set(viewKey(), zoom.get());
    var changed = file !== state.file;
    state.file = file;
    state.view = view;
    if (changed) { state.selected = null; state.line = null; }
    history.replaceState(null, '', '#file=' + encodeURIComponent(file) + '&view=' + view);
    document.querySelectorAll('#list li').forEach(function (li) { li.setAttribute('aria-current', String(li.dataset.file === file)); });
    return loadSop(true);
  }

  // One SOP's view; a newer request wins over an older one still on its way.
  function loadSop(fresh) {
    if (state.file === null) return Promise.resolve();
    var request = ++state.request;
    var url = '/api/sop?file=' + encodeURIComponent(state.file) + '&view=' + state.view;
    return getJson(url).then(function (data) {
      if (request !== state.request || !data) return;
      state.data = data;
      showDrawing(data, fresh);
      showBlocking(data);
      showFindings(data);
      select(state.selected, { scroll: false, line: state.line });
      // A file that does not draw: its first error's lines, since that is what to fix.
      if (data.stale && data.blocking.length) showSource(data.blocking[0].line, data.blocking[0].endLine, null);
      document.body.dataset.generation = data.generation;
      document.body.dataset.ready = 'true';
    });
  }

  function showDrawing(data, fresh) {
    var canvas = $('canvas');
    canvas.innerHTML = data.svgs.map(function (svg) { return '<div class="page">' + svg + '</div>'; }).join('');
    canvas.classList.toggle('stale', data.stale);
    ['chart', 'handbook'].forEach(function (v) { $('view-' + v).setAttribute('aria-pressed', String(v === state.view)); });
    $('pdf').href = '/api/pdf?file=' + encodeURIComponent(state.file);
    addPins(data);
    if (fresh) {
      var saved = state.views.get(viewKey());
      if (saved) zoom.set(saved); else zoom.fit();
    }
  }

  function showBlocking(data) {
    var banner = $('banner');
    banner.hidden = !data.stale;
    if (!data.stale) return;
    banner.innerHTML = '<div>' + esc(data.svgs.length ? W.stale : W.neverDrawn) + '</div><ul>' + data.blocking.map(function (f, i) {
      return '<li data-i="' + i + '">' + esc(data.file + ':' + f.line + ':' + f.column + ' ' + f.message + ' (' + f.ruleId + ')') + '</li>';
    }).join('') + '</ul>';
    banner.querySelectorAll('li').forEach(function (li) {
      li.addEventListener('click', function () { var f = data.blocking[li.dataset.i]; showSource(f.line, f.endLine, null); });
    });
  }

  // A pin on each step with findings: how many, in the colour of the worst.
  function addPins(data) {
    var byStep = {};
    data.findings.forEach(function (f) { if (f.stepId) (byStep[f.stepId] = byStep[f.stepId] || []).push(f); });
    document.querySelectorAll('#canvas svg').forEach(function (svg) {
      svg.querySelectorAll('g[data-step-id]').forEach(function (g) {
        var found = byStep[g.getAttribute('data-step-id')];
        if (!found) return;
        var box = g.getBBox();
        var worst = found.some(function (f) { return f.severity === 'error'; }) ? 'error' : found.some(function (f) { return f.severity === 'warn'; }) ? 'warn' : 'info';
        var pin = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        pin.setAttribute('class', 'pin');
        pin.setAttribute('data-pin-step', g.getAttribute('data-step-id'));
        var x = box.x + box.width, y = box.y;
        pin.innerHTML = '<title>' + esc(found.map(function (f) { return f.message; }).join('\n')) + '</title><circle cx="' + x + '" cy="' + y + '" r="8" fill="' + SEVERITY_COLOR[worst] + '" stroke="#fff" stroke-width="1.5"/>' +
          '<text x="' + x + '" y="' + (y + 3.2) + '" text-anchor="middle">' + found.length + '</text>';
        svg.appendChild(pin);
      });
    });
  }

  function showFindings(data) {
    var list = $('findings');
    list.textContent = '';
    if (data.findings.length === 0) list.appendChild(el('li', { class: 'empty' }, esc(W.noFindings)));
    data.findings.forEach(function (f, i) {
      var step = f.stepId && data.stepLines[f.stepId] ? '<span class="chip">' + esc(W.step + ' ' + f.stepId) + '</span>' : '';
      var rule = f.docs ? '<a class="rule" href="' + esc(f.docs) + '" target="_blank" rel="noreferrer">' + esc(f.ruleId) + '</a>' : '<span class="rule">' + esc(f.ruleId) + '</span>';
      var item = el('li', { 'data-i': String(i), 'data-step': f.stepId || '', class: '' },
        '<div><span class="' + f.severity + '">' + esc(W[f.severity]) + '</span> ' + esc(f.message) + '</div>' +
        '<div class="where">' + esc(W.line.replace('{line}', f.line)) + step + ' · ' + rule + '</div>');
      item.addEventListener('click', function (event) {
        if (event.target.closest('a')) return;
        state.line = { from: f.line, to: f.endLine };
        select(f.stepId && data.stepLines[f.stepId] ? f.stepId : null, { scroll: true, line: state.line });
      });
      list.appendChild(item);
    });
  }

  // The chosen step: highlighted (a halo under it), scrolled to, its findings marked, its YAML shown.
  function select(stepId, options) {
    state.selected = stepId;
    document.querySelectorAll('#canvas .halo').forEach(function (h) { h.remove(); });
    document.querySelectorAll('#canvas .selected').forEach(function (g) { g.classList.remove('selected'); });
    var groups = stepId ? document.querySelectorAll('#canvas g[data-step-id="' + CSS.escape(stepId) + '"]') : [];
    groups.forEach(function (g) {
      g.classList.add('selected');
      var box = g.getBBox(), pad = 6;
      var halo = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      halo.setAttribute('class', 'halo');
      halo.setAttribute('x', box.x - pad); halo.setAttribute('y', box.y - pad);
      halo.setAttribute('width', box.width + 2 * pad); halo.setAttribute('height', box.height + 2 * pad);
      halo.setAttribute('rx', 6);
      g.parentNode.insertBefore(halo, g);
    });
    if (options.scroll && groups.length) zoom.show(groups[0]);
    var first = null;
    document.querySelectorAll('#findings li[data-i]').forEach(function (li) {
      var on = stepId !== null && li.dataset.step === stepId;
      li.classList.toggle('current', on);
      if (on && !first) first = li;
    });
    if (first && !options.line) first.scrollIntoView({ block: 'nearest' });
    var stepLine = stepId && state.data ? state.data.stepLines[stepId] : null;
    if (options.line) showSource(options.line.from, options.line.to, stepLine);
    else if (stepLine) showSource(stepLine, stepLine, stepLine);
    else showSource(null, null, null);
  }

  function showSource(from, to, stepLine) {
    var box = $('source');
    if (!state.data || from === null) { box.innerHTML = '<div class="empty">' + esc(W.pickStep) + '</div>'; return; }
    box.innerHTML = state.data.source.split('\n').map(function (text, i) {
      var n = i + 1, cls = (n >= from && n <= to ? ' hit' : '') + (n === stepLine ? ' step' : '');
      return '<span class="ln' + cls + '" data-line="' + n + '">' + (esc(text) || ' ') + '</span>';
    }).join('');
    var target = box.querySelector('[data-line="' + from + '"]');
    if (target) $('source-box').scrollTop = target.offsetTop - $('source-box').clientHeight / 3;
  }

  $('canvas').addEventListener('click', function (event) {
    var hit = event.target.closest('[data-pin-step], [data-step-id]');
    if (!hit) return;
    state.line = null;
    select(hit.getAttribute('data-pin-step') || hit.getAttribute('data-step-id'), { scroll: false, line: null });
  });
  ['chart', 'handbook'].forEach(function (v) { $('view-' + v).addEventListener('click', function () { if (state.file) choose(state.file, v); }); });
  $('zoom-in').addEventListener('click', zoom.zoomIn);
  $('zoom-out').addEventListener('click', zoom.zoomOut);
  $('fit').addEventListener('click', zoom.fit);
  $('actual').addEventListener('click', zoom.actual);

  // Live: the server says when files changed; the page asks again, keeping its view.
  function refresh() {
    var file = state.file;
    return Promise.all([loadList(), loadSop(false)]).then(function () {
      // The file shown is gone: show the one the list chose instead.
      if (state.file !== file && state.file !== null) return choose(state.file, state.view);
    }).then(function () {
      $('status').textContent = W.updated + ' ' + new Date().toLocaleTimeString();
    });
  }
  var events = new EventSource('/events');
  var lost = false;
  events.addEventListener('change', refresh);
  events.addEventListener('open', function () { if (lost) { lost = false; $('status').classList.remove('lost'); refresh(); } });
  events.addEventListener('error', function () { lost = true; $('status').classList.add('lost'); $('status').textContent = W.disconnected; });

  var hash = new URLSearchParams(location.hash.slice(1));
  loadList().then(function () {
    var file = hash.get('file');
    var view = hash.get('view') === 'handbook' ? 'handbook' : 'chart';
    if (file !== null && document.querySelector('#list li[data-file="' + CSS.escape(file) + '"]')) state.file = file;
    if (state.file !== null) return choose(state.file, view);
  });
})();
`;
