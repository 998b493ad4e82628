// The page's zoom and pan, as plain browser JavaScript (no library): the drawing is one element
// moved and scaled by a CSS transform, so replacing the drawing keeps the view. Wheel pans,
// Ctrl/⌘ + wheel (and a touchpad's pinch) zooms at the pointer, two fingers pinch, dragging
// pans; buttons and keys + - 0 1 and the arrows do the same.

export const ZOOM_SCRIPT = String.raw`
function createZoom(viewport, canvas, onChange) {
  var t = { s: 1, tx: 16, ty: 16 };
  var MIN = 0.1, MAX = 8;
  function apply() {
    canvas.style.transform = 'translate(' + t.tx + 'px, ' + t.ty + 'px) scale(' + t.s + ')';
    onChange(t);
  }
  var api = {
    zoomAt: function (factor, cx, cy) {
      var s = Math.min(MAX, Math.max(MIN, t.s * factor));
      t.tx = cx - (cx - t.tx) * (s / t.s);
      t.ty = cy - (cy - t.ty) * (s / t.s);
      t.s = s;
      apply();
    },
    center: function () { return { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 }; },
    zoomIn: function () { var c = api.center(); api.zoomAt(1.25, c.x, c.y); },
    zoomOut: function () { var c = api.center(); api.zoomAt(0.8, c.x, c.y); },
    fit: function () {
      var width = canvas.offsetWidth;
      if (!width) return;
      t.s = Math.min(MAX, Math.max(MIN, (viewport.clientWidth - 32) / width));
      t.tx = 16; t.ty = 16;
      apply();
    },
    actual: function () { var c = api.center(); api.zoomAt(1 / t.s, c.x, c.y); },
    panBy: function (dx, dy) { t.tx += dx; t.ty += dy; apply(); },
    /** Moves the view so that the element's box is in the middle (a third from the top). */
    show: function (element) {
      var r = element.getBoundingClientRect(), v = viewport.getBoundingClientRect();
      api.panBy(v.left + v.width / 2 - (r.left + r.width / 2), v.top + v.height / 3 - (r.top + r.height / 2));
    },
    local: function (event) {
      var v = viewport.getBoundingClientRect();
      return { x: event.clientX - v.left, y: event.clientY - v.top };
    },
    get: function () { return { s: t.s, tx: t.tx, ty: t.ty }; },
    set: function (saved) { t = { s: saved.s, tx: saved.tx, ty: saved.ty }; apply(); },
  };
  viewport.addEventListener('wheel', function (event) {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      var p = api.local(event);
      api.zoomAt(Math.exp(-event.deltaY * 0.0025), p.x, p.y);
    } else {
      api.panBy(-event.deltaX, -event.deltaY);
    }
  }, { passive: false });
  attachPointers(viewport, api);
  attachKeys(api);
  return api;
}

/** Dragging pans (a click that does not move stays a click); two pointers pinch. */
function attachPointers(viewport, api) {
  var pointers = new Map(), drag = null, pinch = null;
  function spread() {
    var ps = Array.from(pointers.values());
    return { distance: Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y), x: (ps[0].x + ps[1].x) / 2, y: (ps[0].y + ps[1].y) / 2 };
  }
  viewport.addEventListener('pointerdown', function (event) {
    var p = api.local(event);
    pointers.set(event.pointerId, p);
    if (pointers.size === 1) drag = { start: p, last: p, moved: false, id: event.pointerId };
    if (pointers.size === 2) { pinch = spread(); drag = null; }
  });
  viewport.addEventListener('pointermove', function (event) {
    if (!pointers.has(event.pointerId)) return;
    var p = api.local(event);
    pointers.set(event.pointerId, p);
    if (pinch && pointers.size === 2) {
      var now = spread();
      if (pinch.distance > 0) api.zoomAt(now.distance / pinch.distance, now.x, now.y);
      pinch = now;
    } else if (drag && drag.id === event.pointerId) {
      if (!drag.moved && Math.hypot(p.x - drag.start.x, p.y - drag.start.y) > 4) {
        drag.moved = true;
        viewport.classList.add('panning');
        viewport.setPointerCapture(event.pointerId);
      }
      if (drag.moved) api.panBy(p.x - drag.last.x, p.y - drag.last.y);
      drag.last = p;
    }
  });
  function release(event) {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
    if (!drag || drag.id !== event.pointerId) return;
    // A drag is not a click on the step under it.
    if (drag.moved) viewport.addEventListener('click', function (e) { e.stopPropagation(); }, { capture: true, once: true });
    drag = null;
    viewport.classList.remove('panning');
  }
  viewport.addEventListener('pointerup', release);
  viewport.addEventListener('pointercancel', release);
}

/** + - 0 1 and the arrows, unless typing in a field or with a modifier (the browser's own zoom). */
function attachKeys(api) {
  document.addEventListener('keydown', function (event) {
    if (event.target && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var step = 60;
    switch (event.key) {
      case '+': case '=': api.zoomIn(); break;
      case '-': case '_': api.zoomOut(); break;
      case '0': api.fit(); break;
      case '1': api.actual(); break;
      case 'ArrowLeft': api.panBy(step, 0); break;
      case 'ArrowRight': api.panBy(-step, 0); break;
      case 'ArrowUp': api.panBy(0, step); break;
      case 'ArrowDown': api.panBy(0, -step); break;
      default: return;
    }
    event.preventDefault();
  });
}
`;
