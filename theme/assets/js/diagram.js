/* Lectern diagrams: fail a component and step through a request's path.
   Everything is computed at build time (the JSON in each figure); this only toggles classes and
   data-state attributes, so the page keeps working under a strict Content-Security-Policy. */
(function () {
  'use strict';

  /** A drawing wider than its frame scrolls: say so, and centre the visitors. */
  function fitCanvas(fig) {
    var canvas = fig.querySelector('.diagram-canvas');
    var hint = fig.querySelector('[data-diagram-scroll]');
    if (!canvas || !hint) return;
    function update() {
      var over = canvas.scrollWidth > canvas.clientWidth + 4;
      hint.hidden = !over;
      return over;
    }
    if (update()) {
      var users = canvas.querySelectorAll('[data-kind="user"]');
      for (var i = 0; i < users.length; i++) {
        var r = users[i].getBoundingClientRect();
        if (r.width > 0) {
          var c = canvas.getBoundingClientRect();
          canvas.scrollLeft += (r.left + r.width / 2) - (c.left + c.width / 2);
          break;
        }
      }
    }
    window.addEventListener('resize', update);
  }

  function init(fig) {
    fitCanvas(fig);
    var dataEl = fig.querySelector('script.diagram-data');
    var controls = fig.querySelector('[data-diagram-controls]');
    if (!dataEl || !controls) return;
    var data;
    try { data = JSON.parse(dataEl.textContent); } catch (e) { return; }
    controls.hidden = false;
    var status = fig.querySelector('[data-diagram-status]');
    var nodes = Array.prototype.slice.call(fig.querySelectorAll('svg [data-node]'));
    var edges = Array.prototype.slice.call(fig.querySelectorAll('svg .diagram-edge'));
    var captions = Array.prototype.slice.call(fig.querySelectorAll('svg .diagram-caption'));
    var svgs = Array.prototype.slice.call(fig.querySelectorAll('svg.diagram-svg'));
    var buttons = Array.prototype.slice.call(fig.querySelectorAll('[data-fail]'));
    var items = Array.prototype.slice.call(fig.querySelectorAll('[data-node-item]'));
    var failed = null;

    function stateOf(id, down) {
      if (id === failed) return 'failed';
      return down.indexOf(id) >= 0 ? 'down' : null;
    }

    function setState(el, state) {
      if (state) el.setAttribute('data-state', state); else el.removeAttribute('data-state');
    }

    function renderFailure() {
      var info = failed ? data.nodes[failed] : null;
      var down = info ? info.down : [];
      nodes.forEach(function (n) { setState(n, stateOf(n.getAttribute('data-node'), down)); });
      items.forEach(function (li) { setState(li, stateOf(li.getAttribute('data-node-item'), down)); });
      edges.forEach(function (e) {
        var gone = stateOf(e.getAttribute('data-from'), down) || stateOf(e.getAttribute('data-to'), down);
        e.classList.toggle('is-down', !!gone);
      });
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-fail') === failed)); });
      status.textContent = info ? info.status : data.idle;
      status.classList.toggle('is-failed', !!(info && info.spof));
      status.classList.toggle('is-ok', !!(info && !info.spof));
    }

    function toggle(id) {
      failed = failed === id ? null : id;
      renderFailure();
    }

    nodes.forEach(function (n) {
      n.addEventListener('click', function () { toggle(n.getAttribute('data-node')); });
      n.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          toggle(n.getAttribute('data-node'));
        }
      });
    });
    buttons.forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { toggle(b.getAttribute('data-fail')); });
    });

    // Stepping through the flow
    var steps = data.flow || [];
    var stepper = fig.querySelector('.diagram-stepper');
    if (!steps.length || !stepper) return;
    var stepText = fig.querySelector('[data-diagram-step]');
    var prev = stepper.querySelector('[data-flow="prev"]');
    var next = stepper.querySelector('[data-flow="next"]');
    var play = stepper.querySelector('[data-flow="play"]');
    var listItems = Array.prototype.slice.call(fig.querySelectorAll('.diagram-flow [data-step]'));
    var current = -1;
    var timer = null;

    function show(i) {
      current = i;
      var step = i >= 0 ? steps[i] : null;
      svgs.forEach(function (s) { s.classList.toggle('is-stepping', !!step); });
      edges.forEach(function (e) { e.classList.toggle('is-current', !!step && Number(e.getAttribute('data-edge')) === step.edge); });
      captions.forEach(function (c) { c.classList.toggle('is-current', !!step && Number(c.getAttribute('data-edge')) === step.edge); });
      nodes.forEach(function (n) {
        var id = n.getAttribute('data-node');
        n.classList.toggle('is-current', !!step && (id === step.from || id === step.to));
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
    prev.disabled = true;
    next.disabled = false;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-diagram]'), init);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
