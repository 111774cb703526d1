// Lectern's Progress and Review pages and the home page's progress widget: read and write the reader's saved progress ("lectern-progress" in localStorage).
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

  // Home page: questions answered and quiz pages passed of the whole course, a bar, and where to go on.
  function home() {
    var w = document.querySelector("[data-progress-widget]"), study;
    var rows = w.getAttribute("data-study-rows"); // a line a page: url TAB title TAB questions
    if (rows !== null) {
      study = rows ? rows.split("\n").map(function (r) { r = r.split("\t"); return [r[0], r[1], +r[2]]; }) : [];
    } else { // a theme's home page with data-study, JSON rows [key, url, title, questions]
      try { study = JSON.parse(w.getAttribute("data-study")).map(function (p) { return p.slice(1); }); } catch (e) { return; }
    }
    var s = load(), pages = s.pages || {}, read = s.read || {}, cards = s.cards || {};
    var total = 0, answered = 0, right = 0, quizPages = 0, passed = 0, started = 0, next = null, knew = 0;
    study.forEach(function (p) { // [url, title, questions]; the key is the URL's path, "/" turned to "-"
      var key = p[0].replace(/\/+$/, "").replace(/\//g, "-") || "home", saved = pages[key], done;
      if (p[2]) {
        quizPages++;
        total += p[2];
        if (saved) { answered += saved.answered || 0; right += saved.correct || 0; }
        done = !!(saved && saved.total && saved.correct === saved.total);
        if (done) passed++;
      } else {
        done = !!read[key];
      }
      if (done || (saved && saved.answered)) started++;
      if (!done && !next) next = p;
    });
    Object.keys(cards).forEach(function (k) { if (cards[k] === "knew") knew++; });
    if (!started && !knew) return;
    w.querySelector("[data-progress-text]").textContent = answered + " of " + plural(total, "question") + " answered (" + right +
      " correct), " + passed + " of " + plural(quizPages, "quiz page") + " passed" + (knew ? ", " + plural(knew, "review card") + " known." : ".");
    var bar = w.querySelector("[data-progress-bar]");
    bar.max = total || 1;
    bar.value = right;
    var go = w.querySelector("[data-progress-continue]"), start = document.querySelector("[data-start]");
    go.textContent = next ? "Continue: " : "Every page is done.";
    if (next) {
      var a = go.appendChild(document.createElement("a"));
      a.href = next[0] + (location.protocol === "file:" ? "index.html" : "");
      a.textContent = next[1];
      if (start) { start.href = a.href; start.textContent = "Continue: " + next[1]; }
    }
    w.querySelector("[data-progress-more]").hidden = false;
  }

  // Progress page: the saved progress as a JSON file to download, and loaded back from one (another browser).
  function transfer() {
    var link = document.querySelector("[data-export]"), input = document.querySelector("[data-import]");
    if (!link || !input) return;
    link.closest("section").hidden = false;
    var status = document.querySelector("[data-transfer-status]");
    var refresh = function () {
      var s = load();
      s.format = "lectern-progress";
      s.exported = new Date().toISOString();
      link.href = "data:application/json;charset=utf-8," + encodeURIComponent(JSON.stringify(s, null, 1));
    };
    refresh();
    link.addEventListener("click", refresh);
    document.querySelector("[data-action=import]").addEventListener("click", function () { input.click(); });
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () {
        var s;
        try { s = JSON.parse(reader.result); } catch (e) { s = null; }
        var ok = s && typeof s === "object" && s.format === "lectern-progress" && ["questions", "pages", "cards", "read"]
          .every(function (k) { return s[k] === undefined || (s[k] && typeof s[k] === "object" && !Array.isArray(s[k])); });
        input.value = "";
        if (!ok) { status.textContent = "That file is not progress saved by this course (" + file.name + "); nothing was changed."; return; }
        if (!window.confirm("Replace the progress saved in this browser with the one in " + file.name + "?")) return;
        delete s.format;
        delete s.exported;
        store(s);
        progress();
        refresh();
        status.textContent = "Progress loaded from " + file.name + ": " + plural(Object.keys(s.questions || {}).length, "answer") +
          ", " + plural(Object.keys(s.read || {}).length, "page") + " marked as read.";
      };
      reader.readAsText(file);
    });
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
  if (document.querySelector("[data-progress-widget]")) {
    home();
    document.addEventListener("lectern:progress", home);
  }
  transfer();
})();
