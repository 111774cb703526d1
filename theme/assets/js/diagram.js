/* Lectern diagrams: fail a component and step through a request's path.
   Everything is computed at build time (the JSON in each figure); this only toggles classes and
   data-state attributes, so the page keeps working under a strict Content-Security-Policy. */
(function () {
  'use strict';

  /** A drawing wider than its frame scrolls: say so, and centre the visitors. */
  function fitCanvas(fig) {
    var canvas = fig.querySelector('.diagram-canvas');
    var hint = fig.querySelector('.diagram-scroll-hint');
    if (!canvas || !hint) return;
    function update() {
      var over = canvas.scrollWidth > canvas.clientWidth + 4;
      hint.hidden = !over;
      return over;
    }
    if (update()) {
      var users = canvas.querySelectorAll('use[href$="-i-user"]');
      for (var i = 0; i < users.length; i++) {
        var r = users[i].parentNode.getBoundingClientRect();
        if (r.width > 0) {
          var c = canvas.getBoundingClientRect();
          canvas.scrollLeft += (r.left + r.width / 2) - (c.left + c.width / 2);
          break;
        }
      }
    }
    window.addEventListener('resize', update);
  }

  /**
   * A "Full screen" button: a modal dialog with a copy of the drawing on screen (failed state included)
   * at its own size or larger, zoomed with its buttons; Esc or Close shuts it and focus returns to the
   * button.
   */
  function zoomable(fig) {
    var canvas = fig.querySelector('.diagram-canvas');
    function el(tag, cls, text) {
      var e = document.createElement(tag);
      e.className = cls;
      if (text) { e.type = 'button'; e.textContent = text; }
      return e;
    }
    var open = el('button', 'diagram-zoom', 'Full screen');
    var dialog = el('dialog', 'diagram-dialog');
    var bar = el('div', 'diagram-dialog-bar');
    var view = el('div', 'diagram-dialog-view');
    var close = el('button', '', 'Close');
    var copy, zoom;
    dialog.setAttribute('aria-label', fig.querySelector('svg title').textContent + ', full screen');
    // it scrolls: with focus, the arrow keys scroll it
    view.tabIndex = 0;
    function setZoom(z) {
      zoom = Math.max(0.5, Math.min(4, z));
      copy.style.width = Math.round(copy.getAttribute('width') * zoom) + 'px';
    }
    [['Zoom out', -0.25], ['Zoom in', 0.25]].forEach(function (z) {
      var b = el('button', '', z[0]);
      b.addEventListener('click', function () { setZoom(zoom + z[1]); });
      bar.append(b);
    });
    bar.append(close);
    dialog.append(bar, view);
    fig.prepend(open);
    fig.append(dialog);
    open.addEventListener('click', function () {
      var shown = [].filter.call(canvas.querySelectorAll('svg'), function (s) { return s.getBoundingClientRect().width > 0; })[0];
      copy = shown.cloneNode(true);
      // the symbols stay in the page (ids stay unique); nothing in the copy takes focus
      [].forEach.call(copy.querySelectorAll('defs, [tabindex]'), function (e) {
        if (e.tagName === 'defs') e.remove(); else e.removeAttribute('tabindex');
      });
      view.replaceChildren(copy);
      dialog.showModal();
      setZoom(Math.min(2, Math.max(1, (view.clientWidth - 16) / copy.getAttribute('width'))));
      close.focus();
    });
    close.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('close', function () { view.replaceChildren(); open.focus(); });
  }

  function init(fig) {
    fitCanvas(fig);
    zoomable(fig);
    var dataEl = fig.querySelector('script.diagram-data');
    var controls = fig.querySelector('.diagram-controls');
    if (!dataEl || !controls) return;
    var data;
    try { data = JSON.parse(dataEl.textContent); } catch (e) { return; }
    controls.hidden = false;
    var status = fig.querySelector('[data-diagram-status]');
    var idle = status.textContent;
    var all = function (sel) { return Array.prototype.slice.call(fig.querySelectorAll(sel)); };
    var nodes = all('svg [data-node]');
    var edges = all('svg [data-edge]');
    var captions = all('svg [data-caption]');
    var svgs = all('svg.diagram-svg');
    var items = all('.diagram-node-list > li');
    // data.nodes: [id, say, ops, verdict, [failed], [unreachable], [degraded], head], in the order of the
    // list's items; say and ops index data.says; edges and the three lists refer to nodes by index.
    // verdict: 0 nothing, 1 degraded, 2+ a SPOF.
    var ids = data.nodes.map(function (n) { return n[0]; });
    function label(nodeId) { return fig.querySelector('svg [data-node="' + nodeId + '"]').getAttribute('aria-label'); }
    var failed = null;
    var STATES = ['failed', 'unreachable', 'degraded'];

    function toggle(nodeId) {
      failed = failed === nodeId ? null : nodeId;
      var info = data.nodes[ids.indexOf(failed)];
      var states = {};
      if (info) {
        states[failed] = 'failed';
        STATES.forEach(function (st, k) { info[4 + k].forEach(function (i) { states[ids[i]] = st; }); });
      }
      function set(el, st) { if (st) el.setAttribute('data-state', st); else el.removeAttribute('data-state'); }
      nodes.forEach(function (n) { set(n, states[n.getAttribute('data-node')]); });
      items.forEach(function (li, k) { set(li, states[ids[k]]); });
      edges.forEach(function (e) {
        var ends = data.edges[e.getAttribute('data-edge')];
        var a = states[ids[ends[0]]], b = states[ids[ends[1]]];
        e.classList.toggle('is-down', a === 'failed' || b === 'failed' || a === 'unreachable' || b === 'unreachable');
      });
      buttons.forEach(function (b, k) { b.setAttribute('aria-pressed', String(ids[k] === failed)); });
      svgs.forEach(function (s) { s.classList.toggle('is-failing', !!info); });
      status.textContent = info ? 'Failed: ' + label(failed) + (info[7] || '') + '. ' + data.says[info[1]]
        + (data.says[info[2]] ? ' ' + data.says[info[2]] : '') : idle;
      status.classList.toggle('is-failed', !!(info && info[3] > 1));
      status.classList.toggle('is-degraded', !!(info && info[3] === 1));
      status.classList.toggle('is-ok', !!(info && info[3] === 0));
    }

    // The list's "Fail X" buttons exist only where the script runs.
    var buttons = items.map(function (li, k) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'diagram-fail';
      b.setAttribute('data-fail', ids[k]);
      b.setAttribute('aria-pressed', 'false');
      b.textContent = 'Fail ' + label(ids[k]);
      b.addEventListener('click', function () { toggle(ids[k]); });
      li.append(' ', b);
      return b;
    });
    nodes.forEach(function (n) {
      var nodeId = n.getAttribute('data-node');
      n.tabIndex = 0;
      n.addEventListener('click', function () { toggle(nodeId); });
      n.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          toggle(nodeId);
        }
      });
    });

    // Stepping through the flow
    // The steps are the text alternative's list: <li data-edge><b>From → To</b>: caption</li>
    var listItems = all('.diagram-flow > li');
    var steps = listItems.map(function (li) {
      var arrow = li.firstChild.textContent;
      return { edge: Number(li.getAttribute('data-edge')), caption: li.textContent.slice(arrow.length + 2) || arrow };
    });
    var stepper = fig.querySelector('.diagram-stepper');
    if (!steps.length || !stepper) return;
    var stepText = fig.querySelector('[data-diagram-step]');
    var prev = stepper.querySelector('[data-flow="prev"]');
    var next = stepper.querySelector('[data-flow="next"]');
    var play = stepper.querySelector('[data-flow="play"]');
    var current = -1;
    var timer = null;

    function show(i) {
      current = i;
      var step = steps[i];
      var ends = step ? data.edges[step.edge].map(function (k) { return ids[k]; }) : [];
      svgs.forEach(function (s) { s.classList.toggle('is-stepping', !!step); });
      edges.forEach(function (e) { e.classList.toggle('is-current', !!step && Number(e.getAttribute('data-edge')) === step.edge); });
      captions.forEach(function (c) { c.classList.toggle('is-current', !!step && Number(c.getAttribute('data-caption')) === step.edge); });
      nodes.forEach(function (n) {
        n.classList.toggle('is-current', ends.indexOf(n.getAttribute('data-node')) >= 0);
      });
      listItems.forEach(function (li, k) {
        if (k === i) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
      });
      stepText.textContent = step ? 'Step ' + (i + 1) + ' of ' + steps.length + ': ' + step.caption : '';
      prev.disabled = i <= 0;
      next.disabled = i >= steps.length - 1;
    }

    function stop() {
      if (timer) clearInterval(timer);
      timer = null;
      play.setAttribute('aria-pressed', 'false');
      play.textContent = 'Play';
    }

    prev.addEventListener('click', function () { stop(); if (current > 0) show(current - 1); });
    next.addEventListener('click', function () { stop(); if (current < steps.length - 1) show(current + 1); });
    play.addEventListener('click', function () {
      if (timer) { stop(); return; }
      if (current >= steps.length - 1) show(-1);
      play.setAttribute('aria-pressed', 'true');
      play.textContent = 'Pause';
      show(current + 1);
      // With reduced motion the steps still advance, but nothing animates (see diagram.css).
      var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      timer = setInterval(function () {
        if (current >= steps.length - 1) { stop(); return; }
        show(current + 1);
      }, reduced ? 4000 : 2500);
    });
    stepper.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowRight') { ev.preventDefault(); next.click(); }
      else if (ev.key === 'ArrowLeft') { ev.preventDefault(); prev.click(); }
      else if (ev.key === 'Escape') { stop(); show(-1); }
    });
    show(-1);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-diagram]'), init);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
