// Lectern's page script: colour-scheme toggle, outline drawer on small screens, table-of-contents highlight.
(function () {
  "use strict";
  var root = document.documentElement;

  // Colour scheme: auto (follow the system) -> light -> dark -> auto.
  var toggle = document.querySelector("[data-theme-toggle]");
  if (toggle) {
    var label = toggle.querySelector(".theme-toggle-label");
    var current = function () { return root.getAttribute("data-theme") || "auto"; };
    var show = function () {
      var t = current();
      // The visible words are the accessible name (WCAG 2.5.3); on phones they are visually hidden, not removed.
      label.textContent = "Theme: " + t;
    };
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      var next = { auto: "light", light: "dark", dark: "auto" }[current()];
      if (next === "auto") root.removeAttribute("data-theme"); else root.setAttribute("data-theme", next);
      try {
        if (next === "auto") localStorage.removeItem("lectern-theme"); else localStorage.setItem("lectern-theme", next);
      } catch (e) { /* not saved; still applied to this page */ }
      show();
    });
  }

  // Outline drawer for narrow screens: a backdrop behind it, Tab kept inside it (and its toggle), closed by
  // Esc, the backdrop, the toggle, or following one of its links.
  var navToggle = document.querySelector(".nav-toggle");
  var sidebar = document.getElementById("sidebar");
  if (navToggle && sidebar) {
    navToggle.hidden = false;
    var backdrop = document.createElement("div");
    backdrop.className = "drawer-backdrop";
    backdrop.hidden = true;
    sidebar.parentNode.insertBefore(backdrop, sidebar);
    var isOpen = function () { return sidebar.classList.contains("open"); };
    var focusables = function () {
      return [navToggle].concat(Array.prototype.filter.call(sidebar.querySelectorAll("a[href], button, summary"),
        function (el) { return el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0; }));
    };
    var setOpen = function (open, refocus) {
      sidebar.classList.toggle("open", open);
      backdrop.hidden = !open;
      root.classList.toggle("drawer-open", open);
      navToggle.setAttribute("aria-expanded", String(open));
      if (open) (sidebar.querySelector("[aria-current=page]") || focusables()[1] || navToggle).focus();
      else if (refocus) navToggle.focus();
    };
    navToggle.addEventListener("click", function () { setOpen(!isOpen(), true); });
    backdrop.addEventListener("click", function () { setOpen(false, true); });
    sidebar.addEventListener("click", function (e) { if (isOpen() && e.target.closest("a[href]")) setOpen(false, false); });
    window.addEventListener("pageshow", function () { if (isOpen()) setOpen(false, false); });
    document.addEventListener("keydown", function (e) {
      if (!isOpen()) return;
      if (e.key === "Escape") { setOpen(false, true); return; }
      if (e.key !== "Tab") return;
      var list = focusables(), at = list.indexOf(document.activeElement);
      var next = at < 0 ? 0 : (at + (e.shiftKey ? list.length - 1 : 1)) % list.length;
      e.preventDefault();
      list[next].focus();
    });
  }

  // Highlight the table-of-contents entry of the heading being read.
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll(".toc a[href^='#']"));
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    tocLinks.forEach(function (a) { byId[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        tocLinks.forEach(function (a) { a.removeAttribute("aria-current"); });
        var link = byId[entry.target.id];
        if (link) link.setAttribute("aria-current", "true");
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(byId).forEach(function (id) {
      var h = document.getElementById(id);
      if (h) observer.observe(h);
    });
  }

  // Search: its script loads on first use (focus, or "/" from anywhere), so pages that are only read skip it.
  var searchForm = document.querySelector("form.search[data-search-ui]");
  if (searchForm) {
    var searchInput = searchForm.querySelector("input[type=search]");
    var loadSearch = function () {
      if (searchForm.hasAttribute("data-loading")) return;
      searchForm.setAttribute("data-loading", "");
      var s = document.createElement("script");
      s.src = searchForm.getAttribute("data-search-ui");
      document.head.appendChild(s);
    };
    searchInput.addEventListener("focus", loadSearch);
    if (document.querySelector("[data-search-page]")) loadSearch();
    // WCAG 2.1.4: readers can turn the one-key shortcut off (on the search page), e.g. for speech input.
    var slashOff = function () { try { return localStorage.getItem("lectern-slash") === "off"; } catch (e) { return false; } };
    document.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || slashOff()) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      searchInput.focus();
    });
  }

  // Opened from disk (file://), folders do not resolve to index.html: point links at the file.
  if (location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:|^\/\//i.test(href) || href.charAt(0) === "#") return;
      var parts = href.split("#");
      if (parts[0] === "" ) return;
      if (/\/$/.test(parts[0]) || parts[0] === "." || parts[0] === "..") {
        a.setAttribute("href", parts[0].replace(/\/?$/, "/") + "index.html" + (parts[1] ? "#" + parts[1] : ""));
      }
    });
  }
})();

// Quiz progress saved by quiz.js ("lectern-progress" in localStorage): a mark in the outline and the home page widget.
(function () {
  "use strict";
  function load() {
    try { return JSON.parse(localStorage.getItem("lectern-progress") || "{}") || {}; } catch (e) { return {}; }
  }
  function paint() {
    var saved = load(), pages = saved.pages || {};
    document.querySelectorAll(".outline [data-page-key]").forEach(function (li) {
      // Only pages with a quiz (hand-written or generated by a diagram) carry a key.
      var p = pages[li.getAttribute("data-page-key")];
      var link = li.querySelector("a");
      var old = link && link.querySelector(".outline-progress");
      if (old) old.remove();
      if (!link || !p || !p.answered) return;
      var done = p.correct === p.total;
      var mark = document.createElement("span");
      mark.className = "outline-progress" + (done ? " outline-progress-done" : "");
      mark.innerHTML = '<span aria-hidden="true">' + (done ? "\u2713" : "\u25D0 " + p.correct + "/" + p.total) + "</span>";
      var sr = document.createElement("span");
      sr.className = "visually-hidden";
      sr.textContent = done ? "(quiz passed)" : "(quiz: " + p.correct + " of " + p.total + " correct)";
      mark.appendChild(sr);
      link.appendChild(mark);
    });
    var widget = document.querySelector("[data-progress-widget]");
    if (widget) {
      var qs = saved.questions || {}, ids = Object.keys(qs), right = 0, passed = 0;
      ids.forEach(function (id) { if (qs[id].correct) right++; });
      Object.keys(pages).forEach(function (k) { if (pages[k].total && pages[k].correct === pages[k].total) passed++; });
      var cards = saved.cards || {}, knew = 0;
      Object.keys(cards).forEach(function (k) { if (cards[k] === "knew") knew++; });
      var text = widget.querySelector("[data-progress-text]");
      if (ids.length || knew) {
        text.textContent = right + (right === 1 ? " quiz question" : " quiz questions") + " answered correctly, " +
          passed + (passed === 1 ? " page" : " pages") + " passed, " + knew + " review " + (knew === 1 ? "card" : "cards") + " known.";
      }
    }
  }
  paint();
  document.addEventListener("lectern:progress", paint);
  window.addEventListener("storage", function (e) { if (e.key === "lectern-progress") paint(); });
})();
