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
// The exit notice shows on the first page of a visit only, and "Hide this"
// hides it. That it was shown is kept in window.name: it lasts only as long
// as the tab, is never written to disk, and the browser clears it when the
// tab leaves for another site (as the quick exit does). Nothing is stored.
// A guide opened at its own address moves to its neutral address and title
// (see package web), so the history does not name the situation.
(function () {
  "use strict";
  var notice = document.querySelector("[data-exit-notice]");
  if (notice) {
    if (/(^| )fs-notice( |$)/.test(window.name)) {
      notice.hidden = true;
    } else {
      window.name = (window.name ? window.name + " " : "") + "fs-notice";
      var hide = notice.querySelector("[data-dismiss]");
      if (hide) {
        hide.hidden = false;
        hide.addEventListener("click", function () { notice.hidden = true; });
      }
    }
  }
  // The swap waits for the reader's first touch, scroll or key, or for the
  // page to be hidden, so search engines, which do none of these, keep the
  // page's real title. The title changes first, so the browser's record of
  // this address takes the neutral title too.
  var root = document.documentElement, to = root.getAttribute("data-neutral");
  if (!to || !window.history || !history.replaceState) return;
  var events = ["pointerdown", "keydown", "scroll", "touchstart", "visibilitychange"], done = false;
  function swap() {
    if (done) return;
    done = true;
    document.title = root.getAttribute("data-neutral-title") || document.title;
    history.replaceState(null, "", to + location.search);
    events.forEach(function (e) { document.removeEventListener(e, swap, true); });
  }
  events.forEach(function (e) { document.addEventListener(e, swap, {capture: true, passive: true}); });
})();
