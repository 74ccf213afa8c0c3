// Quick exit, following the GOV.UK "Exit this page" pattern: the button, or
// pressing Shift three times in a row, each within a second of the last,
// hides the page and replaces it in the history with a neutral site, so
// Back does not return here.
// Without JavaScript the button is an ordinary link to the same site.
(function () {
  "use strict";
  // A page kept for Back (the back-forward cache) keeps its fields: the
  // search box is emptied as the page is left.
  addEventListener("pagehide", function () {
    var q = document.getElementById("q");
    if (q) q.value = q.defaultValue = "";
  });
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
    // Nothing typed is left for the browser to restore on Back.
    document.querySelectorAll("input, textarea").forEach(function (f) { if (!/^(hidden|radio|checkbox)$/.test(f.type)) f.value = f.defaultValue = ""; });
    try { window.dispatchEvent(new CustomEvent("firststeps:exit")); } catch (_) {}
    window.location.replace(target);
  }
  link.addEventListener("click", exit);
  // Only Shift pressed on its own counts: Shift held for a capital letter
  // does not, and any other key starts the count again, so typing never
  // leaves the page. Each press must come within WINDOW of the one before.
  var WINDOW = 1000, presses = 0, last = 0, alone = false, timer = 0;
  function reset() {
    presses = 0;
    clearTimeout(timer);
    if (status) status.textContent = "";
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "Shift") {
      if (!e.repeat) alone = true;
      return;
    }
    alone = false;
    if (presses) reset();
  }, true);
  document.addEventListener("keyup", function (e) {
    if (e.key !== "Shift" || !alone) return;
    alone = false;
    var now = Date.now();
    presses = now - last <= WINDOW ? presses + 1 : 1;
    last = now;
    clearTimeout(timer);
    if (presses >= 3) return exit();
    timer = setTimeout(reset, WINDOW);
    if (status) {
      var left = 3 - presses;
      status.textContent = status.dataset.left.replace("{count}", left);
    }
  }, true);
})();
// The exit notice shows on the first page of a visit only, and "Hide this"
// hides it. That it was shown is kept in window.name: it lasts only as long
// as the tab, is never written to disk, and the browser clears it when the
// tab leaves for another site (as the quick exit does). Nothing is stored.
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
})();
