// Lectern preview client (only in pages built by `lectern serve`): listens to the server's build
// events, reloads the page when its file changed (keeping the scroll position), swaps stylesheets
// when only CSS changed, and shows a failed build's errors over the last good page.
(function () {
  "use strict";
  if (!window.EventSource || !document.body) return;
  var SCROLL_KEY = "lectern-live-scroll";
  var root = new URL(document.body.getAttribute("data-root") || "./", location.href);
  var events = new URL("__lectern/events", root);
  var seenBuild = null;
  var overlay = null;

  // The file this page was served from, relative to the site root (the 404 page is served at any URL).
  function ownFile() {
    if (document.body.classList.contains("layout-404")) return "404.html";
    var path = decodeURIComponent(location.pathname);
    var rel = path.indexOf(root.pathname) === 0 ? path.slice(root.pathname.length) : path.replace(/^\//, "");
    return rel === "" || rel.slice(-1) === "/" ? rel + "index.html" : rel;
  }

  function restoreScroll() {
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || "null"); } catch (e) { saved = null; }
    if (!saved || saved.path !== location.pathname) return;
    // "instant": the theme's smooth scrolling would otherwise glide down from the top.
    var go = function () { window.scrollTo({ left: saved.x, top: saved.y, behavior: "instant" }); };
    go();
    // Images and fonts may still change the height: scroll again once everything has loaded.
    window.addEventListener("load", function () { go(); sessionStorage.removeItem(SCROLL_KEY); });
    if (document.readyState === "complete") sessionStorage.removeItem(SCROLL_KEY);
  }

  function reload() {
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname, x: window.scrollX, y: window.scrollY }));
    } catch (e) { /* private mode: reload without restoring */ }
    location.reload();
  }

  function swapStyles(paths, build) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var old = links[i];
      var url = new URL(old.getAttribute("href"), location.href);
      var rel = decodeURIComponent(url.pathname).slice(root.pathname.length);
      if (paths.indexOf(rel) < 0) continue;
      var fresh = old.cloneNode();
      url.search = "?build=" + build;
      fresh.href = url.href;
      fresh.addEventListener("load", function (o) { return function () { o.remove(); }; }(old));
      old.after(fresh);
    }
  }

  // An error's "file:line:col" as a link that opens the editor (site.yaml's `editor:`; the server
  // sends the link, or none), else the whole line as text.
  function errorLine(line, link) {
    var out = document.createDocumentFragment();
    if (link && typeof link.href === "string" && /^[a-z][a-z0-9+.-]*:\/\//i.test(link.href) &&
        !/^(javascript|vbscript|data|blob|file):/i.test(link.href) && link.at > 0 && link.at <= line.length) {
      var a = document.createElement("a");
      a.href = link.href;
      a.textContent = line.slice(0, link.at);
      a.title = "Open in the editor";
      a.style.cssText = "color:#fff;text-decoration:underline";
      out.appendChild(a);
      line = line.slice(link.at);
    }
    out.appendChild(document.createTextNode(line));
    return out;
  }

  function showErrors(lines, links) {
    hideErrors();
    overlay = document.createElement("div");
    overlay.id = "lectern-live-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;" +
      "margin:0;padding:1rem 1.25rem;background:#5c0a0a;color:#fff;font:14px/1.5 ui-monospace,monospace;" +
      "border-top:4px solid #ffb3b3;box-shadow:0 -4px 16px rgba(0,0,0,.4)";
    var title = document.createElement("p");
    title.style.cssText = "margin:0 0 .5rem;font-weight:bold;font-family:system-ui,sans-serif";
    title.textContent = "Build failed: " + lines.length + " error" + (lines.length === 1 ? "" : "s") +
      ". This page is the last good build; fix the errors and save.";
    var list = document.createElement("pre");
    list.style.cssText = "margin:0;white-space:pre-wrap;color:#fff;background:transparent";
    for (var i = 0; i < lines.length; i++) {
      if (i > 0) list.appendChild(document.createTextNode("\n"));
      list.appendChild(errorLine(lines[i], links && links[i]));
    }
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "float:right;margin-left:1rem;padding:.25rem .75rem;font:inherit;color:#5c0a0a;background:#fff;border:2px solid #fff;border-radius:4px;cursor:pointer";
    close.addEventListener("click", hideErrors);
    overlay.appendChild(close);
    overlay.appendChild(title);
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  // A site path (relative to the root) for every file this page uses: scripts, images, stylesheets ...
  function usedFiles() {
    var used = {};
    var add = function (value) {
      if (!value) return;
      try {
        var url = new URL(value, location.href);
        if (url.origin !== root.origin || url.pathname.indexOf(root.pathname) !== 0) return;
        used[decodeURIComponent(url.pathname).slice(root.pathname.length)] = true;
      } catch (e) { /* not a URL */ }
    };
    var nodes = document.querySelectorAll("[src], [href], [data], [poster], [srcset]");
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      add(n.getAttribute("src"));
      add(n.getAttribute("data"));
      add(n.getAttribute("poster"));
      if (n.tagName !== "A") add(n.getAttribute("href"));
      var set = n.getAttribute("srcset");
      if (set) set.split(",").forEach(function (part) { add(part.trim().split(/\s+/)[0]); });
    }
    return used;
  }

  // Reload when this page's own file changed, or a file it uses (a script, an image); a change to
  // another page, or to data this page never loaded (the search index), leaves it alone.
  function touchesThisPage(paths) {
    var own = ownFile();
    var used = null;
    for (var i = 0; i < paths.length; i++) {
      var p = paths[i];
      if (p === own) return true;
      if (/\.(html|css)$/.test(p)) continue;
      if (used === null) used = usedFiles();
      if (used[p]) return true;
    }
    return false;
  }

  restoreScroll();
  var source = new EventSource(events.href);
  source.addEventListener("hello", function (e) {
    var data = JSON.parse(e.data);
    // A different build than the one seen before the connection dropped: the server restarted or
    // rebuilt meanwhile, so this page may be stale.
    if (seenBuild !== null && data.build !== seenBuild) { reload(); return; }
    seenBuild = data.build;
    // Connected: tests (and the curious) can read which build this page follows.
    document.documentElement.setAttribute("data-lectern-build", String(seenBuild));
    if (data.errors.length) showErrors(data.errors, data.links); else hideErrors();
  });
  source.addEventListener("reload", function (e) {
    var data = JSON.parse(e.data);
    seenBuild = data.build;
    hideErrors();
    if (touchesThisPage(data.paths)) reload();
    // Left alone: this page is up to date with that build too (tests wait for this before "not reloaded").
    else document.documentElement.setAttribute("data-lectern-build", String(seenBuild));
  });
  source.addEventListener("css", function (e) {
    var data = JSON.parse(e.data);
    seenBuild = data.build;
    hideErrors();
    swapStyles(data.paths, data.build);
    document.documentElement.setAttribute("data-lectern-build", String(seenBuild));
  });
  source.addEventListener("errors", function (e) {
    var data = JSON.parse(e.data);
    seenBuild = data.build;
    showErrors(data.errors, data.links);
  });
  source.addEventListener("ok", function (e) {
    seenBuild = JSON.parse(e.data).build;
    hideErrors();
  });
})();
