// Runs in <head> before the page is drawn: applies the theme the reader chose last time (light or dark),
// so the page does not flash in the other one. Without a choice, the CSS follows prefers-color-scheme.
(function () {
  var chosen = null;
  try { chosen = localStorage.getItem("dlprep-theme"); } catch (e) { /* storage disabled: follow the system */ }
  if (chosen === "light" || chosen === "dark") {
    document.documentElement.setAttribute("data-theme", chosen);
  }
})();
