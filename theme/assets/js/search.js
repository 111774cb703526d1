// Offline search, loaded by lectern.js on first use; the index and Lunr load next, then per query the shards of
// its words and the text of the sections shown (see SearchIndex.java); results are links to headings, grouped
// by page: exact and prefix matches first, typo matches only when those are few.
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
  var state = { loading: null, index: null, data: null, shards: {}, loaded: {}, texts: {}, anchors: {}, words: null, stems: null };

  // A script of the search data, once; resolves when it ran (a missing file resolves too: nothing to add).
  var scripts = {};
  function script(path) {
    if (!scripts[path]) scripts[path] = new Promise(function (resolve) {
      var el = document.createElement("script");
      el.src = base + path;
      el.onload = el.onerror = function () { resolve(); };
      document.head.appendChild(el);
    });
    return scripts[path];
  }
  var base = (form.getAttribute("data-search-index") || "").replace(/index\.js$/, "");

  // The index (pages, sections, the names of the other files) and Lunr; shards and text follow per query.
  function load() {
    if (state.loading) return state.loading;
    state.loading = new Promise(function (resolve, reject) {
      window.lecternSearch = function (data) { state.data = data; resolve(); };
      window.lecternSearchShard = function (name, words) { state.shards[name] = words; };
      window.lecternSearchText = function (n, sections) {
        for (var i = 0; i < sections.length; i += 2) {
          state.anchors[state.data.texts[n] + i / 2] = sections[i];
          state.texts[state.data.texts[n] + i / 2] = sections[i + 1];
        }
      };
      window.lecternSearchWords = function (words) { state.words = words.split(" "); };
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
      var names = {};
      state.data.shards.forEach(function (n) { names[n] = true; });
      state.data.shardNames = names;
    });
    return state.loading;
  }

  // The shard a word is in: its first two characters, [a-z0-9] as they are, others as _ and four hex digits.
  function shardName(word) {
    return word.slice(0, 2).replace(/[^a-z0-9]/g, function (c) { return "_" + ("000" + c.charCodeAt(0).toString(16)).slice(-4); });
  }

  // Loads the shards of these names (those that exist), then rebuilds the Lunr index of every loaded shard.
  function shards(names) {
    var wanted = names.filter(function (n) { return state.data.shardNames[n] && !state.loaded[n]; });
    if (!wanted.length && state.index) return Promise.resolve();
    return Promise.all(wanted.map(function (n) { return script("t/" + n + ".js"); })).then(function () {
      wanted.forEach(function (n) { state.loaded[n] = true; });
      build();
    });
  }

  // A Lunr index of the loaded shards' words that ranks as one of the whole site: each section gets its words
  // of these shards as often as they occur, then the site's section count, field lengths and their averages.
  function build() {
    var data = state.data, docs = data.docs, fields = {};
    Object.keys(state.loaded).forEach(function (name) {
      var words = state.shards[name] || {};
      Object.keys(words).forEach(function (word) {
        words[word].forEach(function (list, f) {
          // per section: twice its difference to the one before, plus one if its count (else 1) follows
          for (var i = 0, doc = 0; i < list.length; i++) {
            doc += list[i] >> 1;
            var count = list[i] & 1 ? list[++i] : 1;
            var d = fields[doc] || (fields[doc] = [[], [], []]);
            for (var n = 0; n < count; n++) d[f].push(word);
          }
        });
      });
    });
    state.index = window.lunr(function () {
      var builder = this;
      this.ref("id");
      this.field("title", { boost: 10 });
      this.field("heading", { boost: 5 });
      this.field("text");
      Object.keys(fields).forEach(function (id) {
        var d = docs[+id], f = fields[id];
        builder.add({ id: id, title: f[0], heading: f[1], text: f[2] }, { boost: d[2] === "page" ? 1 : 0.6 });
        builder.fieldLengths["title/" + id] = data.pages[d[0]].n;
        builder.fieldLengths["heading/" + id] = d[3];
        builder.fieldLengths["text/" + id] = d[4];
      });
      this.documentCount = docs.length;
      this.calculateAverageFieldLengths = function () {
        this.averageFieldLength = { title: data.sums[0] / docs.length, heading: data.sums[1] / docs.length, text: data.sums[2] / docs.length };
      };
    });
  }

  // What a query needs before it can run: the shards of its words; with typo matches, those of every indexed
  // word within the edit distance Lunr will allow (from words.js, loaded then).
  function prepare(terms, typo) {
    var names = terms.map(shardName);
    if (!typo) return shards(names);
    var ready = state.words ? Promise.resolve() : script("words.js");
    return ready.then(function () {
      if (!state.stems) {
        var byStem = {};
        (state.words || []).forEach(function (w) {
          var s = window.lunr.stemmer(new window.lunr.Token(w, {})).toString();
          (byStem[s] || (byStem[s] = [])).push(w);
        });
        state.stems = { byStem: byStem, set: window.lunr.TokenSet.fromArray(Object.keys(byStem).sort()) };
      }
      terms.forEach(function (t) {
        if (t.length <= 3) return;
        var stem = window.lunr.stemmer(new window.lunr.Token(t, {})).toString();
        state.stems.set.intersect(window.lunr.TokenSet.fromFuzzyString(stem, t.length > 7 ? 2 : 1)).toArray()
          .forEach(function (s) { state.stems.byStem[s].forEach(function (w) { names.push(shardName(w)); }); });
      });
      return shards(names);
    });
  }

  // The anchor and text of these sections (for links, snippets and typo distances), loaded in the chunks that hold them.
  function texts(refs) {
    var starts = state.data.texts, chunks = {};
    refs.forEach(function (ref) {
      if (state.texts[ref] !== undefined) return;
      var lo = 0, hi = starts.length - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= ref) lo = mid; else hi = mid - 1; }
      chunks[lo] = true;
    });
    return Promise.all(Object.keys(chunks).map(function (n) { return script("x/" + n + ".js"); }));
  }

  function text(ref) {
    return state.texts[ref] || "";
  }

  // The grouped results' own rules, added when search loads so that pages that never search carry no more CSS
  // (a constructed sheet, which a Content-Security-Policy of style-src 'self' allows; unstyled where unsupported).
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync([
      ".search-sections { list-style: none; margin: 0 0 0.3rem 0.9rem; padding: 0; border-left: 2px solid var(--border); }",
      ".search-result-sub { padding: 0.3rem 0.6rem; }",
      ".search-results mark.search-fuzzy { background: none; text-decoration: underline wavy var(--text-muted); }",
      ".search-result-note { display: block; font-size: 0.8rem; font-style: italic; color: var(--text-muted); }",
      ".search-more { margin: 0.4rem 0.5rem; padding: 0.3rem 0.7rem; font: inherit; font-size: 0.875rem; color: var(--accent);"
        + " background: none; border: 1px solid var(--border); border-radius: 6px; cursor: pointer; }"
    ].join("\n"));
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
  } catch (e) { /* an older browser: the results still work, plainer */ }

  var FEW = 5;       // fewer exact or prefix matches than this and typo matches are added after them
  var GROUPS = 10;   // pages shown at once; "Show more" adds as many again
  var SECTIONS = 4;  // sections shown under one page

  // The query's words, lower-cased, without Lunr's stop words ("what", "of" ...) unless that leaves none.
  function words(q) {
    var all = window.lunr.tokenizer(q).map(function (t) { return t.toString(); }).filter(Boolean);
    var kept = all.filter(function (t) { return window.lunr.stopWordFilter(new window.lunr.Token(t, {})); });
    return kept.length ? kept : all;
  }

  // Lunr's matches of one word, by document: exact and prefix, or (typo) within one or two edits.
  function hits(word, typo) {
    var out = {};
    if (typo && word.length <= 3) return out;
    state.index.query(function (query) {
      if (typo) {
        query.term(word, { editDistance: word.length > 7 ? 2 : 1 });
        return;
      }
      query.term(word, { boost: 10 });
      if (word.length > 1) query.term(word, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING, boost: 4 });
    }).forEach(function (r) { out[r.ref] = r; });
    return out;
  }

  // Documents matched by every word, best first; a section whose heading (or a page top whose title)
  // holds the query as typed comes before one that only matches words of it (quiz questions excepted).
  function ranked(matches, phrase, exclude) {
    var docs = state.data.docs;
    var refs = Object.keys(matches[0]).filter(function (ref) {
      return !exclude[ref] && matches.every(function (m) { return m[ref]; });
    });
    var phraseRe = new RegExp("(^|[^\\p{L}\\p{N}])" + phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "($|[^\\p{L}\\p{N}])", "iu");
    return refs.map(function (ref) {
      var d = docs[+ref];
      var label = d[1] || state.data.pages[d[0]].t;
      var score = matches.reduce(function (sum, m) { return sum + m[ref].score; }, 0);
      var stems = [];
      matches.forEach(function (m) { stems = stems.concat(Object.keys(m[ref].matchData.metadata)); });
      return { ref: ref, score: d[2] !== "quiz" && phraseRe.test(label) ? score * 3 : score, stems: stems };
    }).sort(function (a, b) { return b.score - a.score; });
  }

  function editDistance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var diag = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var up = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
        diag = up;
      }
    }
    return row[b.length];
  }

  // How far a typo match is from what was typed: for each query word, the fewest edits to a word of the
  // section that Lunr matched; summed.
  function distance(result, terms) {
    var d = state.data.docs[+result.ref];
    var words = (d[1] || state.data.pages[d[0]].t) + " " + text(result.ref);
    var found = wordStarts(words, result.stems, 1).map(function (r) { return words.substr(r[0], r[1]).toLowerCase(); });
    return terms.reduce(function (sum, t) {
      return sum + found.reduce(function (best, w) { return Math.min(best, editDistance(t, w)); }, t.length);
    }, 0);
  }

  // Exact and prefix matches, then (only when these are few) typo matches marked {fuzzy: true}; a promise, as the
  // shards of the query's words (and, for typo matches, the text of the sections found) load first.
  function search(q) {
    var terms = words(q);
    if (!terms.length) return Promise.resolve([]);
    var phrase = terms.length > 1 ? q.trim().replace(/\s+/g, " ") : terms[0];
    return prepare(terms, false).then(function () {
      var exact = ranked(terms.map(function (t) { return hits(t, false); }), phrase, {});
      if (exact.length >= FEW) return exact;
      return prepare(terms, true).then(function () {
        var seen = {};
        exact.forEach(function (r) { seen[r.ref] = true; });
        var loose = ranked(terms.map(function (t) {
          var both = hits(t, false), typo = hits(t, true);
          Object.keys(typo).forEach(function (ref) { if (!both[ref]) both[ref] = typo[ref]; });
          return both;
        }), phrase, seen);
        return texts(loose.map(function (r) { return +r.ref; })).then(function () {
          loose.forEach(function (r) { r.fuzzy = true; r.distance = distance(r, terms); });
          loose.sort(function (a, b) { return a.distance - b.distance || b.score - a.score; });
          return exact.concat(loose);
        });
      });
    });
  }

  // For tests: a word's matches ({ref: score}) as the results use them, once its shards are loaded.
  window.lecternSearchHits = function (word, typo) {
    return load().then(function () { return prepare([word], typo); }).then(function () {
      var out = {}, found = hits(word, typo);
      Object.keys(found).forEach(function (ref) { out[ref] = found[ref].score; });
      return out;
    });
  };

  // Results grouped by page, pages in the order of their best section, sections best first.
  function grouped(results) {
    var groups = [], byPage = {};
    results.forEach(function (r) {
      var page = state.data.docs[+r.ref][0];
      if (!byPage[page]) { byPage[page] = []; groups.push(byPage[page]); }
      byPage[page].push(r);
    });
    return groups;
  }

  function href(url, anchor) {
    var path = root + url;
    if (fromDisk && (path === "" || /\/$/.test(path))) path += "index.html";
    return (path || "./") + (anchor ? "#" + anchor : "");
  }

  // Text with the matched ranges wrapped in <mark> (class "search-fuzzy" for a typo match), built as DOM nodes (never as HTML).
  function marked(text, ranges, from, to) {
    var frag = document.createDocumentFragment();
    var at = from;
    ranges.filter(function (r) { return r[0] >= from && r[0] + r[1] <= to; })
      .sort(function (a, b) { return a[0] - b[0] || a[2] - b[2]; })
      .forEach(function (r) {
        if (r[0] < at) return;
        frag.appendChild(document.createTextNode(text.slice(at, r[0])));
        var m = document.createElement("mark");
        m.textContent = text.slice(r[0], r[0] + r[1]);
        if (r[2]) { m.className = "search-fuzzy"; m.title = "similar spelling"; }
        frag.appendChild(m);
        at = r[0] + r[1];
      });
    frag.appendChild(document.createTextNode(text.slice(at, to)));
    return frag;
  }

  // Where the query's words start words of the text (Lunr's own positions would double the index build time);
  // for a typo match also where the index words it matched do, flagged as fuzzy.
  function ranges(text, terms, result) {
    var out = wordStarts(text, terms, 0);
    return result.fuzzy ? out.concat(wordStarts(text, result.stems, 1)) : out;
  }

  function wordStarts(text, terms, fuzzy) {
    var out = [];
    if (!terms.length) return out;
    var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")[\\p{L}\\p{N}]*", "giu");
    var m;
    while ((m = re.exec(text)) !== null) {
      out.push([m.index + m[1].length, m[0].length - m[1].length, fuzzy]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  function span(className, text, ranges, from, to) {
    var el = document.createElement("span");
    el.className = className;
    if (from > 0) el.appendChild(document.createTextNode("\u2026 "));
    el.appendChild(marked(text, ranges, from, to));
    if (to < text.length) el.appendChild(document.createTextNode(" \u2026"));
    return el;
  }

  // One section as a link: the page title (only for a page's best section), the heading and a snippet.
  function item(result, terms, first) {
    var d = state.data.docs[+result.ref];
    var page = state.data.pages[d[0]];
    var a = document.createElement("a");
    a.href = href(page.u, state.anchors[result.ref]);
    a.className = first ? "search-result" : "search-result search-result-sub";
    if (first) a.appendChild(span("search-result-page", page.t, ranges(page.t, terms, result), 0, page.t.length));
    var heading = d[1] || (first ? "" : page.t);
    if (heading) a.appendChild(span("search-result-heading", heading, ranges(heading, terms, result), 0, heading.length));
    if (result.fuzzy && first) {
      var note = document.createElement("span");
      note.className = "search-result-note";
      note.textContent = "Similar spelling";
      a.appendChild(note);
    }
    var text = state.texts[result.ref];
    if (text) {
      var hits = ranges(text, terms, result).sort(function (x, y) { return x[0] - y[0]; });
      var start = hits.length ? Math.max(0, hits[0][0] - 60) : 0;
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
      a.appendChild(span("search-result-snippet", text, hits, start, Math.min(text.length, start + (first ? 180 : 100))));
    }
    return a;
  }

  // One page's results: its best section, then up to SECTIONS - 1 more of its sections.
  function group(results, terms) {
    var li = document.createElement("li");
    li.className = "search-group";
    li.appendChild(item(results[0], terms, true));
    if (results.length > 1) {
      var ul = document.createElement("ul");
      ul.className = "search-sections";
      results.slice(1, SECTIONS).forEach(function (r) {
        var sub = document.createElement("li");
        sub.appendChild(item(r, terms, false));
        ul.appendChild(sub);
      });
      li.appendChild(ul);
    }
    return li;
  }

  // The sections a slice of the groups shows, whose text must be loaded before they are.
  function shownRefs(groups, from, to) {
    var refs = [];
    groups.slice(from, to).forEach(function (g) { g.slice(0, SECTIONS).forEach(function (r) { refs.push(+r.ref); }); });
    return refs;
  }

  // Searches, then (unless current() says a newer query came meanwhile) shows the results: the text of the
  // first two screens of groups loads before, that of the screen after a "Show more" right after it.
  function show(q, target, statusEl, current) {
    return search(q).then(function (results) {
      var groups = grouped(results);
      return texts(shownRefs(groups, 0, 2 * GROUPS)).then(function () {
        if (!current || current()) render(q, results, groups, target, statusEl);
        return results;
      });
    });
  }

  function render(q, results, groups, target, statusEl) {
    var terms = words(q);
    var more = target.nextElementSibling;
    if (more && more.classList.contains("search-more")) more.parentNode.removeChild(more);
    target.textContent = "";
    var shown = 0;
    function next() {
      groups.slice(shown, shown + GROUPS).forEach(function (g) { target.appendChild(group(g, terms)); });
      shown = Math.min(groups.length, shown + GROUPS);
      var left = groups.length - shown;
      if (left > 0) more.textContent = "Show more results (" + left + (left === 1 ? " more page)" : " more pages)");
      else if (more) more.parentNode.removeChild(more);
      texts(shownRefs(groups, shown, shown + GROUPS));
    }
    if (groups.length > GROUPS) {
      more = document.createElement("button");
      more.type = "button";
      more.className = "search-more";
      more.addEventListener("click", function () {
        var from = target.children.length;
        texts(shownRefs(groups, shown, shown + GROUPS)).then(function () {
          next();
          var link = target.children[from] && target.children[from].querySelector("a");
          if (link) link.focus();
        });
      });
      target.parentNode.insertBefore(more, target.nextSibling);
    }
    next();
    var fuzzy = results.filter(function (r) { return r.fuzzy; }).length;
    statusEl.textContent = !q.trim() ? "" : results.length === 0 ? "No results for \u201c" + q + "\u201d"
      : results.length + (results.length === 1 ? " result" : " results") + " on " + groups.length
        + (groups.length === 1 ? " page" : " pages") + " for \u201c" + q + "\u201d"
        + (fuzzy ? (fuzzy === results.length ? ", all with a similar spelling" : ", " + fuzzy + " with a similar spelling") : "");
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
    // The last query's results go (Enter must not open one of them); where the new one's data is loaded, its
    // results replace them before the next paint, else once its shards have loaded.
    list.textContent = "";
    var more = list.nextElementSibling;
    if (more && more.classList.contains("search-more")) more.parentNode.removeChild(more);
    var ticket = ++pending;
    load().then(function () {
      if (ticket === pending) return show(input.value, list, status, function () { return ticket === pending; });
    }).catch(function () { status.textContent = "The search index could not be loaded."; });
  }

  input.addEventListener("focus", function () { load().catch(function () {}); });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (e) {
    var links = list.querySelectorAll("a");
    if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[0].focus(); }
    else if (e.key === "Escape") { open(false); }
    else if (e.key === "Enter" && links.length && !panel.hidden) { e.preventDefault(); location.href = links[0].href; }
  });
  // Arrow keys move through the results and the "Show more" button after them.
  panel.addEventListener("keydown", function (e) {
    if (e.target === input) return;
    var links = Array.prototype.slice.call(panel.querySelectorAll(".search-results a, .search-more"));
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
    else load().then(function () { return show(q, pageList, pageStatus); })
      .catch(function () { pageStatus.textContent = "The search index could not be loaded."; });
  }
})();
