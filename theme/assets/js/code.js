// Copy buttons on code blocks. The text copied is the code exactly as written (no prompt, no markup).
(function () {
  "use strict";
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // file:// and plain http: the older API still works from a click.
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand("copy");
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.querySelectorAll("pre.code").forEach(function (pre, i) {
    var wrap = document.createElement("div");
    wrap.className = "code-block";
    pre.parentNode.insertBefore(wrap, pre);
    wrap.appendChild(pre);
    var code = pre.querySelector("code") || pre;
    var lang = (code.className.match(/language-([\w-]+)/) || [])[1];
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code" + (lang ? " (" + lang + ")" : "") + " " + (i + 1));
    button.addEventListener("click", function () {
      copyText(code.textContent.replace(/\n$/, "")).then(function () {
        button.textContent = "Copied";
        status.textContent = "Code copied to the clipboard";
      }, function () {
        status.textContent = "Copying failed; select the code and copy it by hand";
      });
      setTimeout(function () { button.textContent = "Copy"; }, 2000);
    });
    wrap.appendChild(button);
  });
})();
