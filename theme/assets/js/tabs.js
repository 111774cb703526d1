// Content tabs: each set of labelled sections becomes an ARIA tablist (arrow keys, Home and End move
// between tabs). Without this script every section stays readable under its label.
(function () {
  "use strict";
  document.querySelectorAll(".tabbed-set").forEach(function (set) {
    var panels = Array.prototype.filter.call(set.children, function (c) { return c.classList.contains("tabbed-block"); });
    if (panels.length === 0) return;
    var list = document.createElement("div");
    list.className = "tabbed-tabs";
    list.setAttribute("role", "tablist");
    var tabs = panels.map(function (panel) {
      var label = panel.querySelector(".tabbed-label");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.setAttribute("role", "tab");
      tab.id = panel.id + "-tab";
      tab.setAttribute("aria-controls", panel.id);
      tab.textContent = label ? label.textContent : panel.id;
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      list.appendChild(tab);
      return tab;
    });
    function select(i, focus) {
      tabs.forEach(function (tab, k) {
        var on = k === i;
        tab.setAttribute("aria-selected", on ? "true" : "false");
        tab.tabIndex = on ? 0 : -1;
        panels[k].hidden = !on;
      });
      if (focus) tabs[i].focus();
    }
    tabs.forEach(function (tab, i) {
      tab.addEventListener("click", function () { select(i, false); });
      tab.addEventListener("keydown", function (e) {
        var next = e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length
          : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -1;
        if (next < 0) return;
        e.preventDefault();
        select(next, true);
      });
    });
    set.insertBefore(list, set.firstChild);
    set.classList.add("tabs-ready");
    var first = panels.findIndex(function (p) { return p.hasAttribute("data-selected"); });
    select(first < 0 ? 0 : first, false);
  });
})();
