// Lectern's Progress and Review pages: read and write the reader's saved progress ("lectern-progress" in localStorage).
(function () {
  "use strict";
  var KEY = "lectern-progress";
  function load() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY) || "{}");
      return s && typeof s === "object" ? s : {};
    } catch (e) { return {}; }
  }
  function store(s) {
    try { localStorage.setItem(KEY, JSON.stringify(s)); } catch (e) { /* storage blocked: this visit only */ }
    document.dispatchEvent(new CustomEvent("lectern:progress"));
  }
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function mark(el, state, text) {
    el.setAttribute("data-state", state);
    el.innerHTML = '<span aria-hidden="true">' + ({ done: "\u2713", partial: "\u25D0", none: "\u25CB" }[state]) + "</span> ";
    el.appendChild(document.createTextNode(text));
  }

  // Progress page: per quiz and per page, how many questions are answered and correct.
  function progress() {
    var summary = document.querySelector("[data-progress-summary]");
    if (!summary) return;
    var questions = load().questions || {};
    var right = 0, answered = 0, attempts = 0;
    all(document, ".progress-page").forEach(function (pageEl) {
      var pRight = 0, pAnswered = 0, pTotal = 0;
      all(pageEl, "[data-questions]").forEach(function (quizEl) {
        var ids = quizEl.getAttribute("data-questions").split(" ");
        var qRight = 0, qAnswered = 0;
        ids.forEach(function (id) {
          var e = questions[id];
          if (!e) return;
          qAnswered++;
          attempts += e.attempts || 0;
          if (e.correct) qRight++;
        });
        pRight += qRight; pAnswered += qAnswered; pTotal += ids.length;
        quizEl.setAttribute("data-state", qRight === ids.length ? "done" : qAnswered ? "partial" : "none");
        mark(quizEl.querySelector("[data-progress-state]"), quizEl.getAttribute("data-state"),
          qAnswered ? qRight + " of " + ids.length + " correct" : "not started, " + plural(ids.length, "question"));
      });
      right += pRight; answered += pAnswered;
      var st = pRight === pTotal ? "done" : pAnswered ? "partial" : "none";
      pageEl.setAttribute("data-state", st);
      mark(pageEl.querySelector(".progress-page-title [data-progress-state]"), st,
        st === "done" ? "all " + pTotal + " correct" : pAnswered ? pRight + " of " + pTotal + " correct" : "not started");
    });
    var total = Number(summary.getAttribute("data-total"));
    summary.innerHTML = "";
    var p = document.createElement("p");
    p.className = "progress-big";
    p.textContent = answered ? right + " of " + total + " questions correct" : "No answers saved yet.";
    summary.appendChild(p);
    var bar = document.createElement("progress");
    bar.max = total || 1;
    bar.value = right;
    bar.setAttribute("aria-label", "Questions answered correctly");
    summary.appendChild(bar);
    if (answered) {
      var d = document.createElement("p");
      d.textContent = plural(answered, "question") + " answered, " + plural(attempts, "attempt") + " in all.";
      summary.appendChild(d);
    }
    var actions = document.querySelector(".progress-actions");
    if (actions) actions.hidden = false;
  }

  // Review page: flashcards marked "knew it" or "not yet".
  function review() {
    var cards = all(document, ".flashcard[data-card]");
    var tools = document.querySelector(".review-tools");
    if (!cards.length || !tools) return;
    tools.hidden = false;
    var filter = document.querySelector("[data-review-filter]");
    function paint() {
      var saved = load().cards || {};
      var knew = 0, again = 0;
      cards.forEach(function (card) {
        var v = saved[card.getAttribute("data-card")];
        if (v === "knew") knew++;
        if (v === "again") again++;
        if (v) card.setAttribute("data-rating", v); else card.removeAttribute("data-rating");
        all(card, "[data-rate]").forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-rate") === v)); });
        card.hidden = !!(filter.checked && v === "knew");
      });
      document.querySelector("[data-review-summary]").textContent = "Knew it: " + knew + " \u00b7 Not yet: " + again +
        " \u00b7 Not rated: " + (cards.length - knew - again) + " (of " + cards.length + " cards)";
    }
    cards.forEach(function (card) {
      var rate = card.querySelector(".flashcard-rate");
      rate.hidden = false;
      rate.addEventListener("click", function (e) {
        var b = e.target.closest("[data-rate]");
        if (!b) return;
        var s = load();
        s.cards = s.cards || {};
        s.cards[card.getAttribute("data-card")] = b.getAttribute("data-rate");
        store(s);
        paint();
      });
    });
    filter.addEventListener("change", paint);
    paint();
  }

  var resetAll = document.querySelector("[data-action=reset-all]");
  if (resetAll) {
    resetAll.addEventListener("click", function () {
      if (!window.confirm("Clear every saved quiz answer in this browser?")) return;
      var s = load();
      delete s.questions;
      delete s.pages;
      store(s);
      progress();
    });
  }
  progress();
  review();
})();
