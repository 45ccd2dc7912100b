// The viewer's behaviour: formulas rendered by KaTeX, copy buttons on code blocks, the dark-mode toggle.
document.addEventListener("DOMContentLoaded", function () {
  // The server writes each formula's TeX, exactly as in the note, as the text of a .math element.
  if (window.katex) {
    document.querySelectorAll(".math").forEach(function (el) {
      katex.render(el.textContent, el, {
        displayMode: el.classList.contains("display"),
        throwOnError: false
      });
    });
  }

  document.querySelectorAll("pre > code").forEach(function (code) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "copy";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = "copied";
        setTimeout(function () { button.textContent = "copy"; }, 1500);
      }, function () {
        button.textContent = "select and copy";
      });
    });
    code.parentElement.appendChild(button);
  });

  var toggle = document.getElementById("theme-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var root = document.documentElement;
      var current = root.getAttribute("data-theme")
        || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
      var next = current === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("dlprep-theme", next); } catch (e) { /* not remembered */ }
    });
  }
});
