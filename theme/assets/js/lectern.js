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
      label.textContent = "Theme: " + t;
      toggle.setAttribute("aria-label", "Colour scheme: " + t + ". Change colour scheme");
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

  // Outline drawer for narrow screens.
  var navToggle = document.querySelector(".nav-toggle");
  var sidebar = document.getElementById("sidebar");
  if (navToggle && sidebar) {
    navToggle.hidden = false;
    var setOpen = function (open) {
      sidebar.classList.toggle("open", open);
      navToggle.setAttribute("aria-expanded", String(open));
    };
    navToggle.addEventListener("click", function () { setOpen(!sidebar.classList.contains("open")); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && sidebar.classList.contains("open")) { setOpen(false); navToggle.focus(); }
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
