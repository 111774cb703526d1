// "Mark as read" on pages without a quiz (loaded only there): kept with the quiz progress, under "read".
(function () {
  "use strict";
  var KEY = "lectern-progress", button = document.querySelector("[data-mark-read]"), page = document.body.getAttribute("data-page");
  // A diagram's generated quiz makes the page a quiz page: it is done when that quiz is passed.
  if (!button || document.querySelector("form.quiz")) return;
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  function show() {
    var on = !!(load().read || {})[page];
    button.setAttribute("aria-pressed", String(on));
    button.textContent = on ? "\u2713 Read" : "Mark as read";
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    var s = load();
    s.read = s.read || {};
    if (s.read[page]) delete s.read[page]; else s.read[page] = Date.now();
    try { localStorage.setItem(KEY, JSON.stringify(s)); } catch (e) { /* storage blocked: this visit only */ }
    document.dispatchEvent(new CustomEvent("lectern:progress"));
  });
  document.addEventListener("lectern:progress", show);
  show();
})();
