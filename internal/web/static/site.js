// Quick exit, following the GOV.UK "Exit this page" pattern: the button, or
// pressing Shift three times within five seconds, hides the page and replaces
// it in the history with a neutral site, so Back does not return here.
// Without JavaScript the button is an ordinary link to the same site.
(function () {
  "use strict";
  var link = document.querySelector("[data-exit]");
  if (!link) return;
  var target = link.getAttribute("href");
  var status = document.querySelector(".exit-status");
  var done = false;
  function exit(e) {
    if (e) e.preventDefault();
    if (done) return;
    done = true;
    document.documentElement.className += " exiting";
    document.title = "Loading";
    try { window.dispatchEvent(new CustomEvent("firststeps:exit")); } catch (_) {}
    window.location.replace(target);
  }
  link.addEventListener("click", exit);
  var presses = 0, timer = 0;
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Shift" || e.repeat) return;
    presses++;
    clearTimeout(timer);
    timer = setTimeout(function () {
      presses = 0;
      if (status) status.textContent = "";
    }, 5000);
    if (presses >= 3) return exit();
    if (status) {
      var left = 3 - presses;
      status.textContent = "Shift, press " + left + " more time" + (left === 1 ? "" : "s") + " to exit.";
    }
  });
})();
