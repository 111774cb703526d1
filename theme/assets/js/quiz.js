// Lectern quizzes: check answers, give feedback, keep progress in localStorage. Loaded only on pages with quizzes.
// Saved progress lives under one key, "lectern-progress" (see README, "Quiz progress in the browser").
(function () {
  "use strict";
  var KEY = "lectern-progress";
  var page = document.body.getAttribute("data-page") || "";

  function load() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY) || "{}");
      return s && typeof s === "object" ? s : {};
    } catch (e) { return {}; }
  }
  function save(mutate) {
    var s = load();
    s.questions = s.questions || {};
    s.pages = s.pages || {};
    mutate(s);
    try { localStorage.setItem(KEY, JSON.stringify(s)); } catch (e) { /* storage blocked: this visit only */ }
    document.dispatchEvent(new CustomEvent("lectern:progress"));
  }
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function shuffle(list) {
    var items = all(list, ":scope > li");
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = items[i]; items[i] = items[j]; items[j] = t;
    }
    items.forEach(function (li) { list.appendChild(li); });
  }
  // Marks a row (choice, item, field) with an icon and a word; the tag is made on first use.
  function tag(row, ok, word) {
    var el = row.querySelector(".quiz-tag") || row.appendChild(document.createElement("span"));
    el.className = "quiz-tag quiz-tag-" + (ok ? "correct" : "incorrect");
    el.innerHTML = '<span aria-hidden="true">' + (ok ? "\u2713" : "\u2717") + "</span> ";
    el.appendChild(document.createTextNode(word || (ok ? "Correct" : "Incorrect")));
  }
  function norm(s) { return String(s).trim().replace(/\s+/g, " ").toLowerCase(); }

  // Reads the reader's answer: null when nothing was given yet.
  function answerOf(q, type) {
    switch (type) {
      case "single": case "multiple": case "truefalse":
        var picked = all(q, "input:checked").map(function (i) { return i.value; });
        return picked.length ? picked : null;
      case "text": case "number":
        var v = q.querySelector("input[type=text]").value;
        return v.trim() ? v : null;
      case "order":
        return all(q, ".quiz-order > li").map(function (li) { return li.getAttribute("data-item"); });
      case "match":
        var vals = all(q, "select").map(function (s) { return s.value; });
        return vals.indexOf("") >= 0 ? null : vals;
    }
    return null;
  }

  function parseNumber(s) {
    var t = String(s).trim().replace(/\s/g, "");
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
    else t = t.replace(",", ".");
    return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t) ? parseFloat(t) : NaN;
  }

  function accepts(list, value) {
    var v = norm(value);
    return list.some(function (a) {
      if (a.length >= 2 && a.charAt(0) === "/" && a.charAt(a.length - 1) === "/") {
        try { return new RegExp(a.slice(1, -1), "i").test(String(value).trim()); } catch (e) { return false; }
      }
      return norm(a) === v;
    });
  }

  // Marks what was picked and says whether the whole answer is right.
  function grade(q, spec, answer) {
    var type = spec.type, ok;
    switch (type) {
      case "single": case "multiple":
        var correct = spec.correct.map(String);
        ok = answer.length === correct.length && answer.every(function (v) { return correct.indexOf(v) >= 0; });
        all(q, ".quiz-choices > li").forEach(function (li) {
          var v = li.querySelector("input").value;
          if (answer.indexOf(v) < 0) return;
          var right = correct.indexOf(v) >= 0;
          li.setAttribute("data-state", right ? "correct" : "incorrect");
          tag(li, right, right ? "Correct choice" : "Wrong choice");
          // The answer's "why" item is "<strong>choice</strong> — why": the pick shows the part after the dash.
          var w = q.querySelector('.quiz-whys [data-why="' + v + '"]');
          if (w) {
            var why = li.appendChild(document.createElement("p"));
            why.className = "quiz-why";
            why.innerHTML = w.innerHTML.slice(w.firstChild.outerHTML.length + 3);
          }
        });
        return { ok: ok, note: ok ? "" : type === "multiple" ? missedNote(answer, correct) : "" };
      case "truefalse":
        ok = answer[0] === String(spec.answer);
        var li = q.querySelector('input[value="' + answer[0] + '"]').closest("li");
        li.setAttribute("data-state", ok ? "correct" : "incorrect");
        tag(li, ok);
        return { ok: ok };
      case "text":
        ok = accepts(spec.accept, answer);
        tag(q.querySelector(".quiz-field"), ok);
        return { ok: ok };
      case "number":
        var n = parseNumber(answer);
        if (isNaN(n)) return { invalid: "Type a number, such as 3600." };
        ok = Math.abs(n - spec.number) <= spec.tolerance + 1e-9;
        tag(q.querySelector(".quiz-field"), ok);
        return { ok: ok };
      case "order":
        var wrong = 0;
        all(q, ".quiz-order > li").forEach(function (item, i) {
          var right = item.getAttribute("data-item") === String(i);
          if (!right) wrong++;
          item.setAttribute("data-state", right ? "correct" : "incorrect");
          tag(item, right, right ? "In place" : "Out of place");
        });
        return { ok: wrong === 0, note: wrong ? wrong + " of " + spec.items + " items are out of place." : "" };
      case "match":
        var bad = 0;
        all(q, ".quiz-match-row").forEach(function (row, i) {
          var right = row.querySelector("select").value === row.getAttribute("data-left");
          if (!right) bad++;
          row.setAttribute("data-state", right ? "correct" : "incorrect");
          tag(row, right);
        });
        return { ok: bad === 0, note: bad ? bad + " of " + spec.pairs + " matches are wrong." : "" };
    }
    return { ok: false };
  }
  function missedNote(answer, correct) {
    var wrongPicked = answer.some(function (v) { return correct.indexOf(v) < 0; });
    var missed = correct.some(function (v) { return answer.indexOf(v) < 0; });
    if (wrongPicked && missed) return "Some picks are wrong, and at least one correct answer is missing.";
    return wrongPicked ? "At least one pick is wrong." : "At least one correct answer is missing.";
  }

  function setInputsLocked(q, locked) {
    all(q, "input, select, .quiz-move").forEach(function (i) { i.disabled = locked; });
  }

  function show(q, result, opts) {
    var fb = q.querySelector(".quiz-feedback");
    q.removeAttribute("data-again");
    q.setAttribute("data-state", result.ok ? "correct" : "incorrect");
    var explain = q.querySelector(".quiz-explain");
    fb.innerHTML = '<p class="quiz-verdict"><span class="quiz-verdict-icon" aria-hidden="true">' +
      (result.ok ? "\u2713</span> Correct!" : "\u2717</span> Not quite.") + "</p>" + (result.note ? "<p>" + result.note + "</p>" : "") +
      (!result.ok ? '<p class="quiz-next">Try again, or open \u201cShow answer\u201d below.</p>' : explain ? explain.outerHTML : "");
    setInputsLocked(q, true);
    q.querySelector("[data-action=check]").hidden = true;
    var retry = q.querySelector("[data-action=retry]");
    retry.hidden = false;
    if (opts && opts.focus) retry.focus();
  }

  // Takes a question back to unanswered: marks, feedback and (for Reset) the answer itself.
  function clear(q, spec) {
    unlock(q);
    all(q, "[data-state]").forEach(untag);
    all(q, "input, select").forEach(function (i) {
      if (i.type === "radio" || i.type === "checkbox") i.checked = false; else i.value = "";
    });
    arrange(q, spec);
  }
  function untag(el) {
    el.removeAttribute("data-state");
    var t = el.querySelector(".quiz-tag");
    if (t) t.remove();
  }

  // Try again keeps the answer as it stands: picks, typed text (selected, ready to edit), the order, and every
  // match, its wrong rows still marked until they are changed. Only the verdict and the marks of the rest go.
  function retry(q, spec) {
    unlock(q);
    q.setAttribute("data-again", "");
    all(q, spec.type === "match" ? "[data-state=correct]" : "[data-state]").forEach(untag);
    var field = q.querySelector("input[type=text]");
    (field || q.querySelector(".quiz-match-row[data-state] select") || q.querySelector("input, select, .quiz-move")).focus();
    if (field) field.select();
  }

  function unlock(q) {
    q.removeAttribute("data-state");
    q.removeAttribute("data-again");
    q.querySelector(".quiz-feedback").innerHTML = "";
    all(q, ".quiz-why").forEach(function (t) { t.remove(); });
    setInputsLocked(q, false);
    var answer = q.querySelector(".quiz-answer");
    if (answer) answer.open = false;
    q.querySelector("[data-action=check]").hidden = false;
    q.querySelector("[data-action=retry]").hidden = true;
  }

  // Choices and order items are shuffled for every attempt; order items never start in the right order.
  function arrange(q, spec) {
    var list = q.querySelector(".quiz-choices");
    if (list && spec.type !== "truefalse") shuffle(list);
    var order = q.querySelector(".quiz-order");
    if (order) {
      var tries = 0;
      do { shuffle(order); tries++; } while (tries < 10 && inOrder(order));
    }
  }
  function inOrder(list) {
    return all(list, "li").every(function (li, i) { return li.getAttribute("data-item") === String(i); });
  }

  function restoreAnswer(q, type, answer) {
    if (!Array.isArray(answer) && typeof answer !== "string") return false;
    switch (type) {
      case "single": case "multiple": case "truefalse":
        var found = answer.map(function (v) { return q.querySelector('input[value="' + String(v).replace(/"/g, "") + '"]'); });
        if (found.indexOf(null) >= 0) return false;
        found.forEach(function (i) { i.checked = true; });
        return true;
      case "text": case "number":
        q.querySelector("input[type=text]").value = String(answer);
        return true;
      case "order":
        var list = q.querySelector(".quiz-order");
        var items = answer.map(function (v) { return list.querySelector('[data-item="' + String(v).replace(/"/g, "") + '"]'); });
        if (items.indexOf(null) >= 0 || items.length !== list.children.length) return false;
        items.forEach(function (li) { list.appendChild(li); });
        return true;
      case "match":
        var selects = all(q, "select");
        if (answer.length !== selects.length) return false;
        selects.forEach(function (s, i) { s.value = answer[i]; });
        return selects.every(function (s, i) { return s.value === String(answer[i]); });
    }
    return false;
  }

  // Questions below root: how many, how many right, how many answered.
  function tally(root) {
    var qs = all(root, "fieldset[data-question]");
    return { total: qs.length, correct: all(root, "[data-question][data-state=correct]").length, answered: all(root, "[data-question][data-state]").length };
  }

  function score(form) {
    // questions taken back with Try again count as begun, not as "Not started"
    var t = tally(form), again = all(form, "[data-again]").length;
    form.querySelector(".quiz-score").textContent = t.answered + again === 0 ? "Not started: " + t.total + " questions."
      : "Score: " + t.correct + " of " + t.total + " correct" + (again ? ", " + again + " to try again."
      : t.answered < t.total ? " (" + t.answered + " answered)." : ".");
    form.setAttribute("data-score", t.correct + "/" + t.total);
  }

  function pageSummary(s) {
    s.pages[page] = tally(document);
  }

  function button(cls, action, label, extra) {
    return '<button type="button" class="quiz-button ' + cls + '" data-action="' + action + '"' + (extra || "") + ">" + label + "</button>";
  }

  // What only works with JavaScript is made here, not sent in the page: buttons, live regions, move buttons.
  function build(q) {
    var hint = q.querySelector(".quiz-hint"), answer = q.querySelector(".quiz-answer"), order = q.querySelector(".quiz-order");
    (hint || answer).insertAdjacentHTML("beforebegin", '<div class="quiz-controls">' + button("quiz-check", "check", "Check") +
      button("quiz-retry", "retry", "Try again", " hidden") +
      (hint ? button("quiz-secondary", "hint", "Show hint", ' aria-expanded="false" aria-controls="' + hint.id + '"') : "") + "</div>");
    answer.insertAdjacentHTML("beforebegin", '<div class="quiz-feedback" role="status" aria-live="polite"></div>');
    // Where selects can be styled (quiz.css), the closed select shows its choice in a box that wraps.
    if (CSS.supports("appearance", "base-select")) {
      all(q, ".quiz-match select").forEach(function (sel) {
        var b = document.createElement("button");
        b.appendChild(document.createElement("selectedcontent"));
        sel.insertBefore(b, sel.firstChild);
      });
    }
    if (!order) return;
    all(order, "li").forEach(function (li) {
      var moves = li.appendChild(document.createElement("span"));
      moves.className = "quiz-order-moves";
      ["up", "down"].forEach(function (dir, i) {
        var b = moves.appendChild(document.createElement("button"));
        b.type = "button";
        b.className = "quiz-move";
        b.setAttribute("data-move", dir);
        b.setAttribute("aria-label", "Move " + dir + ": " + li.firstChild.textContent);
        b.innerHTML = '<span aria-hidden="true">' + "\u2191\u2193".charAt(i) + "</span>";
      });
    });
    order.setAttribute("aria-describedby", q.id + "-live");
    order.insertAdjacentHTML("afterend", '<p class="visually-hidden" id="' + q.id + '-live" aria-live="polite"></p>');
  }

  function setup(form) {
    var data, qs = all(form, "fieldset[data-question]"), specs = {};
    try { data = JSON.parse(form.querySelector("script.quiz-data").textContent); } catch (e) { return; }
    // One spec per question, in page order; id and type come from the fieldset.
    qs.forEach(function (q, i) {
      if (!data[i]) return;
      data[i].id = q.getAttribute("data-question");
      data[i].type = q.getAttribute("data-type");
      specs[data[i].id] = data[i];
    });
    var saved = load().questions || {};
    form.classList.add("quiz-ready");
    form.querySelector("script.quiz-data").insertAdjacentHTML("beforebegin", '<div class="quiz-foot">' +
      '<p class="quiz-score" aria-live="polite"></p>' + button("quiz-reset", "reset", "Reset quiz") + "</div>");

    qs.forEach(function (q) {
      var spec = specs[q.getAttribute("data-question")];
      if (!spec) return;
      build(q);
      arrange(q, spec);
      var entry = saved[spec.id];
      if (entry && entry.answer != null && restoreAnswer(q, spec.type, entry.answer)) {
        var result = grade(q, spec, entry.answer);
        if (!result.invalid) show(q, result, { focus: false });
      }
    });
    score(form);

    form.addEventListener("submit", function (e) { e.preventDefault(); });
    // A wrong match row kept marked by Try again loses its mark once it is changed.
    form.addEventListener("change", function (e) {
      var row = e.target.closest(".quiz-match-row[data-state]");
      if (!row || row.closest("fieldset").hasAttribute("data-state")) return;
      untag(row);
    });
    form.addEventListener("keydown", function (e) {
      var q = e.target.closest("fieldset[data-question]");
      if (!q) return;
      if (e.key === "Enter" && e.target.matches("input[type=text]")) {
        e.preventDefault();
        q.querySelector("[data-action=check]").click();
      }
      var item = e.target.closest(".quiz-order > li");
      if (item && e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
        e.preventDefault();
        move(q, item, e.key === "ArrowUp" ? "up" : "down", e.target);
      }
    });
    form.addEventListener("click", function (e) {
      var btn = e.target.closest("button");
      if (!btn || btn.disabled) return;
      var q = btn.closest("fieldset[data-question]");
      var spec = q && specs[q.getAttribute("data-question")];
      var mv = btn.getAttribute("data-move");
      if (mv && q) { move(q, btn.closest("li"), mv, btn); return; }
      switch (btn.getAttribute("data-action")) {
        case "check": check(form, q, spec); break;
        case "retry": retry(q, spec); score(form); break;
        case "hint":
          var hint = q.querySelector(".quiz-hint");
          hint.hidden = !hint.hidden;
          btn.setAttribute("aria-expanded", String(!hint.hidden));
          btn.textContent = hint.hidden ? "Show hint" : "Hide hint";
          break;
        case "reset":
          // A native dialog: small, and read out by every screen reader; Cancel keeps everything.
          if (!window.confirm("Reset this quiz? Every answer you gave on it will be cleared.")) break;
          all(form, "fieldset[data-question]").forEach(function (fq) { clear(fq, specs[fq.getAttribute("data-question")]); });
          save(function (s) {
            Object.keys(specs).forEach(function (id) { delete s.questions[id]; });
            pageSummary(s);
          });
          score(form);
          form.querySelector(".quiz-score").textContent = "Quiz reset: your answers on this quiz were cleared.";
          break;
      }
    });
  }

  function check(form, q, spec) {
    var answer = answerOf(q, spec.type);
    var result = answer === null ? { invalid: spec.type === "match" ? "Choose a match for every item first." :
      spec.type === "text" || spec.type === "number" ? "Type an answer first." : "Pick an answer first." } : grade(q, spec, answer);
    if (result.invalid) {
      q.querySelector(".quiz-feedback").innerHTML = '<p class="quiz-verdict quiz-verdict-empty">' + result.invalid + "</p>";
      return;
    }
    show(q, result, { focus: true });
    save(function (s) {
      var old = s.questions[spec.id] || { attempts: 0 };
      s.questions[spec.id] = {
        page: page, quiz: form.getAttribute("data-quiz"), correct: result.ok,
        attempts: (old.attempts || 0) + 1, answer: answer, time: Date.now()
      };
      pageSummary(s);
    });
    score(form);
  }

  function move(q, item, dir, focusEl) {
    if (!item) return;
    var list = item.parentNode;
    var sibling = dir === "up" ? item.previousElementSibling : item.nextElementSibling;
    if (sibling) list.insertBefore(item, dir === "up" ? sibling : sibling.nextElementSibling);
    var items = all(list, ":scope > li");
    var pos = items.indexOf(item) + 1;
    var live = q.querySelector(".quiz-order + [aria-live]");
    if (live) {
      live.textContent = (sibling ? "Moved to position " : "Already at position ") + pos + " of " + items.length +
        ": " + item.firstChild.textContent;
    }
    var keep = focusEl && focusEl.matches(".quiz-move") ? item.querySelector('[data-move="' + focusEl.getAttribute("data-move") + '"]') : null;
    (keep || focusEl || item).focus();
  }

  var forms = all(document, "form.quiz[data-quiz]");
  forms.forEach(setup);

  // The printed page ends with one answer key for all its quizzes (hidden on screen), copied from each
  // question's "Show answer": its .quiz-correct paragraph and, for order and match, the list after it.
  var body = document.querySelector(".page-body") || document.querySelector("main"), key = "<h2>Answer key</h2>";
  forms.forEach(function (form) {
    var title = form.querySelector(".quiz-title");
    key += '<div class="quiz-key"><p class="quiz-key-title">Answer key: ' + title.innerHTML.slice(title.firstChild.outerHTML.length) +
      "</p><ol>" + all(form, ".quiz-correct").map(function (c) {
        var list = c.nextElementSibling;
        return "<li>" + c.outerHTML + (list && list.matches(".quiz-key-list") ? list.outerHTML : "") + "</li>";
      }).join("") + "</ol></div>";
  });
  if (forms.length && body) body.insertAdjacentHTML("beforeend", '<section class="quiz-key-section" aria-label="Answer key">' + key + "</section>");
})();
