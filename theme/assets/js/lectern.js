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

// Progress saved by quiz.js and read.js ("lectern-progress" in localStorage): a mark per page in the outline,
// and a count per section on its link, so that it shows while the section is collapsed too.
(function () {
  "use strict";
  var KEY = "lectern-progress";
  // An outline link's page key, as the build makes it: its path below the site root, "/" turned to "-".
  var root = new URL(document.body.getAttribute("data-root") || "./", location.href).pathname;
  function keyOf(a) {
    return new URL(a.getAttribute("href"), location.href).pathname.replace(/index\.html$/, "").slice(root.length)
      .replace(/\/+$/, "").replace(/\//g, "-") || "home";
  }
  function tag(link, cls, shown, said) {
    var m = link.appendChild(document.createElement("span"));
    m.className = cls;
    m.innerHTML = '<span aria-hidden="true">' + shown + '</span><span class="visually-hidden">(' + said + ")</span>";
  }
  function paint() {
    var s;
    try { s = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { s = {}; }
    var pages = s.pages || {}, read = s.read || {}, ok = " outline-progress-done";
    document.querySelectorAll(".outline-progress, .outline-count").forEach(function (m) { m.remove(); });
    document.querySelectorAll(".outline li:not(.outline-section) > a").forEach(function (a) {
      var p = a.parentNode.hasAttribute("data-quizzes") && pages[keyOf(a)], quiz = p && p.answered;
      var done = quiz ? p.correct === p.total : !!read[keyOf(a)];
      a.parentNode.toggleAttribute("data-done", done);
      if (quiz || done) tag(a, "outline-progress" + (done ? ok : ""), done ? "\u2713" : "\u25D0 " + p.correct + "/" + p.total,
        !quiz ? "read" : done ? "quiz passed" : "quiz: " + p.correct + " of " + p.total + " correct");
    });
    document.querySelectorAll(".outline-section").forEach(function (sec) {
      var n = sec.querySelectorAll("li:not(.outline-section)").length, d = sec.querySelectorAll("li[data-done]").length;
      if (d) tag(sec.querySelector("a"), "outline-count" + (d === n ? ok : ""), d + "/" + n, d + " of " + n + " pages done");
    });
  }
  paint();
  document.addEventListener("lectern:progress", paint);
  window.addEventListener("storage", function (e) { if (e.key === KEY) paint(); });
})();
