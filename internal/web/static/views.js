// Whom a guide page's routes are for. The choice is a token in the address
// (?v=…), never stored. The static site's page holds every view and shows
// the one the token names; on both, the choice links keep the other half of
// the choice. The token scheme is internal/routes' View.Token.
(function () {
  "use strict";
  var ch = document.querySelector(".chooser");
  if (!ch) return;
  var nations = [""].concat((ch.getAttribute("data-nations") || "").split(" ").filter(Boolean));
  var auds = ["", "adult", "under-18", "helping"];
  function token(a, n) {
    var i = auds.indexOf(a) * nations.length + nations.indexOf(n);
    if (i <= 0) return "";
    var t = ((i * 37 + 11) % 1296).toString(36);
    return t.length < 2 ? "0" + t : t;
  }
  var m = /[?&]v=([0-9a-z]{2})(&|$)/.exec(location.search), tok = m ? m[1] : "", cur = {a: "", n: ""};
  auds.forEach(function (a) { nations.forEach(function (n) { if (tok && token(a, n) === tok) cur = {a: a, n: n}; }); });
  if (tok && !cur.a && !cur.n) tok = "";
  if (tok) {
    document.querySelectorAll("[data-v]").forEach(function (el) {
      el.hidden = (" " + el.getAttribute("data-v") + " ").indexOf(" " + tok + " ") < 0;
    });
  }
  var path = location.pathname, who = "", where = ch.getAttribute("data-in") || "";
  ch.querySelectorAll("a[data-a],a[data-n]").forEach(function (l) {
    var isA = l.hasAttribute("data-a"), a = isA ? l.getAttribute("data-a") : cur.a, n = isA ? cur.n : l.getAttribute("data-n");
    var t = token(a, n);
    l.setAttribute("href", path + (t ? "?v=" + t : ""));
    var on = isA ? a === cur.a : n === cur.n;
    if (on) l.setAttribute("aria-current", "true"); else l.removeAttribute("aria-current");
    if (on && isA && a) who = l.textContent.charAt(0).toLowerCase() + l.textContent.slice(1);
    if (on && !isA && n) where = "in " + l.textContent;
  });
  // A link to another guide of this country (data-g) keeps the choice:
  // the tokens mean the same there.
  if (tok) {
    document.querySelectorAll("a[data-g]").forEach(function (l) {
      var h = l.getAttribute("href"), i = h.indexOf("#"), frag = i < 0 ? "" : h.slice(i);
      l.setAttribute("href", (i < 0 ? h : h.slice(0, i)).replace(/\?.*$/, "") + "?v=" + tok + frag);
    });
  }
  var label = ch.querySelector("[data-view-label]");
  if (label) label.textContent = who && where ? who + ", " + where : who || ("everyone" + (where ? " " + where : ""));
})();
// A guide opened at its own address moves to its neutral address and title
// (see package web), so the history does not name the situation.
(function () {
  "use strict";
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
