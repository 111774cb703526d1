// Offline search, loaded by lectern.js on first use; the index and Lunr load next; results are links to headings.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-panel");
  var status = form.querySelector(".search-status");
  var list = form.querySelector(".search-results");
  var pageView = document.querySelector("[data-search-page]");
  var root = document.body.getAttribute("data-root") || "";
  var fromDisk = location.protocol === "file:";
  var state = { loading: null, index: null, data: null };

  function load() {
    if (state.loading) return state.loading;
    state.loading = new Promise(function (resolve, reject) {
      window.lecternSearch = function (data) { state.data = data; resolve(); };
      var lib = document.createElement("script");
      lib.src = form.getAttribute("data-search-lib");
      lib.onload = function () {
        var idx = document.createElement("script");
        idx.src = form.getAttribute("data-search-index");
        idx.onerror = reject;
        document.head.appendChild(idx);
      };
      lib.onerror = reject;
      document.head.appendChild(lib);
    }).then(function () {
      var docs = state.data.docs;
      var pages = state.data.pages;
      state.index = window.lunr(function () {
        this.ref("id");
        this.field("title", { boost: 10 });
        this.field("heading", { boost: 5 });
        this.field("text");
        for (var i = 0; i < docs.length; i++) {
          var d = docs[i];
          this.add({ id: String(i), title: pages[d[0]].t, heading: d[1], text: d[3] },
            { boost: d[4] === "page" ? 1 : 0.6 });
        }
      });
    });
    return state.loading;
  }

  function search(q) {
    var terms = window.lunr.tokenizer(q).map(function (t) { return t.toString(); })
      .filter(function (t) { return t.length > 0; });
    if (!terms.length) return [];
    return state.index.query(function (query) {
      terms.forEach(function (t) {
        query.term(t, { boost: 10 });
        if (t.length > 1) query.term(t, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING, boost: 4 });
        if (t.length > 3) query.term(t, { usePipeline: false, editDistance: 1, boost: 1 });
      });
    });
  }

  function href(url, anchor) {
    var path = root + url;
    if (fromDisk && (path === "" || /\/$/.test(path))) path += "index.html";
    return (path || "./") + (anchor ? "#" + anchor : "");
  }

  // Text with the matched ranges wrapped in <mark>, built as DOM nodes (never as HTML).
  function marked(text, ranges, from, to) {
    var frag = document.createDocumentFragment();
    var at = from;
    ranges.filter(function (r) { return r[0] >= from && r[0] + r[1] <= to; })
      .sort(function (a, b) { return a[0] - b[0]; })
      .forEach(function (r) {
        if (r[0] < at) return;
        frag.appendChild(document.createTextNode(text.slice(at, r[0])));
        var m = document.createElement("mark");
        m.textContent = text.slice(r[0], r[0] + r[1]);
        frag.appendChild(m);
        at = r[0] + r[1];
      });
    frag.appendChild(document.createTextNode(text.slice(at, to)));
    return frag;
  }

  // Where the query's words start words of the text (Lunr's own positions would double the index build time).
  function ranges(text, terms) {
    var out = [];
    if (!terms.length) return out;
    var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")[\\p{L}\\p{N}]*", "giu");
    var m;
    while ((m = re.exec(text)) !== null) {
      out.push([m.index + m[1].length, m[0].length - m[1].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  function item(result, terms) {
    var d = state.data.docs[+result.ref];
    var page = state.data.pages[d[0]];
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href(page.u, d[2]);
    a.className = "search-result";
    var title = document.createElement("span");
    title.className = "search-result-page";
    title.appendChild(marked(page.t, ranges(page.t, terms), 0, page.t.length));
    a.appendChild(title);
    if (d[1]) {
      var heading = document.createElement("span");
      heading.className = "search-result-heading";
      heading.appendChild(marked(d[1], ranges(d[1], terms), 0, d[1].length));
      a.appendChild(heading);
    }
    var text = d[3];
    if (text) {
      var hits = ranges(text, terms);
      var start = hits.length ? Math.max(0, hits[0][0] - 60) : 0;
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
      var end = Math.min(text.length, start + 180);
      var snippet = document.createElement("span");
      snippet.className = "search-result-snippet";
      if (start > 0) snippet.appendChild(document.createTextNode("\u2026 "));
      snippet.appendChild(marked(text, hits, start, end));
      if (end < text.length) snippet.appendChild(document.createTextNode(" \u2026"));
      a.appendChild(snippet);
    }
    li.appendChild(a);
    return li;
  }

  function show(q, target, statusEl, limit) {
    var results = q.trim() ? search(q) : [];
    var terms = window.lunr.tokenizer(q).map(function (t) { return t.toString(); }).filter(Boolean);
    target.textContent = "";
    results.slice(0, limit).forEach(function (r) { target.appendChild(item(r, terms)); });
    statusEl.textContent = !q.trim() ? "" : results.length === 0 ? "No results for \u201c" + q + "\u201d"
      : results.length + (results.length === 1 ? " result" : " results") + " for \u201c" + q + "\u201d"
        + (results.length > limit ? ", showing the first " + limit : "");
    return results;
  }

  function open(isOpen) {
    panel.hidden = !isOpen;
  }

  var pending = 0;
  function update() {
    var q = input.value;
    if (!q.trim()) { open(false); list.textContent = ""; status.textContent = ""; return; }
    open(true);
    if (!state.index) status.textContent = "Loading the search index\u2026";
    var ticket = ++pending;
    load().then(function () {
      if (ticket === pending) show(input.value, list, status, 8);
    }, function () { status.textContent = "The search index could not be loaded."; });
  }

  input.addEventListener("focus", function () { load().catch(function () {}); });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (e) {
    var links = list.querySelectorAll("a");
    if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[0].focus(); }
    else if (e.key === "Escape") { open(false); }
    else if (e.key === "Enter" && links.length && !panel.hidden) { e.preventDefault(); location.href = links[0].href; }
  });
  list.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); if (i > 0) links[i - 1].focus(); else input.focus(); }
    else if (e.key === "Escape") { e.preventDefault(); open(false); input.focus(); }
  });
  form.addEventListener("focusout", function (e) {
    if (!form.contains(e.relatedTarget)) open(false);
  });

  // lectern.js loaded this script on the first focus ("/" focuses the box): catch up with what was typed since.
  if (document.activeElement === input) {
    load().catch(function () {});
    if (input.value.trim()) update();
  }

  // The results page (search/?q=...): the full list, and the switch for the "/" shortcut.
  if (pageView) {
    var slash = pageView.querySelector("[data-slash-shortcut]");
    if (slash) {
      try { slash.checked = localStorage.getItem("lectern-slash") !== "off"; } catch (e) { /* default on */ }
      slash.addEventListener("change", function () {
        try { if (slash.checked) localStorage.removeItem("lectern-slash"); else localStorage.setItem("lectern-slash", "off"); } catch (e) { /* not saved */ }
      });
      slash.closest(".search-shortcut").hidden = false;
    }
    var q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    var pageStatus = pageView.querySelector(".search-status");
    var pageList = pageView.querySelector(".search-results");
    if (!q.trim()) pageStatus.textContent = "Type in the search box above to search the course.";
    else load().then(function () { show(q, pageList, pageStatus, 50); },
      function () { pageStatus.textContent = "The search index could not be loaded."; });
  }
})();
