// Runs before the page paints: applies the reader's saved colour scheme and marks JavaScript as on.
(function () {
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");
  try {
    var saved = localStorage.getItem("lectern-theme");
    if (saved === "light" || saved === "dark") root.setAttribute("data-theme", saved);
  } catch (e) { /* storage may be blocked; the system setting applies */ }
})();
