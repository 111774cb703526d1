// Glossary tooltips: a first tap on a term shows its definition, a second follows the link; Escape hides it.
(function () {
  "use strict";
  var wraps = document.querySelectorAll(".term-wrap");
  function closeAll(except) {
    wraps.forEach(function (w) { if (w !== except) w.classList.remove("open"); });
  }
  wraps.forEach(function (wrap) {
    var link = wrap.querySelector(".term");
    var touched = false;
    link.addEventListener("pointerdown", function (e) { touched = e.pointerType === "touch" || e.pointerType === "pen"; });
    link.addEventListener("touchstart", function () { touched = true; }, { passive: true });
    link.addEventListener("click", function (e) {
      if (touched && !wrap.classList.contains("open")) {
        e.preventDefault();
        closeAll(wrap);
        wrap.classList.remove("dismissed");
        wrap.classList.add("open");
      }
      touched = false;
    });
    wrap.addEventListener("mouseleave", function () { wrap.classList.remove("dismissed"); });
    link.addEventListener("blur", function () { wrap.classList.remove("dismissed"); });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    wraps.forEach(function (w) {
      if (w.classList.contains("open") || w.matches(":hover") || w.contains(document.activeElement)) {
        w.classList.remove("open");
        w.classList.add("dismissed");
      }
    });
  });
  document.addEventListener("click", function (e) {
    if (!e.target.closest || !e.target.closest(".term-wrap")) closeAll(null);
  });
})();
