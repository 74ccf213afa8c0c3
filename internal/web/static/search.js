// Search for the static site, in the browser: the page works as a list of
// every situation without JavaScript; with it, the words typed are matched
// against each guide's situation, tags and short answer, with the synonym
// list and the urgency cues from the site's own index. Nothing leaves the
// device: the index is one file from this site, fetched whole.
(function () {
  "use strict";
  var out = document.getElementById("search-results");
  var box = document.getElementById("q");
  var form = document.querySelector("form[data-static]");
  if (!out || !window.fetch) return;
  // The words are searched where they are typed: nothing goes into the
  // address, the history or any storage. An old link with ?q= is read
  // once, and the words are taken out of the address.
  var old = new URLSearchParams(location.search).get("q");
  if (old !== null) history.replaceState(null, "", location.pathname);
  if (form) {
    form.hidden = false;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      run(box ? box.value : "");
    });
  }
  if (old) run(old);
  function run(q) {
  q = q.slice(0, 1000);
  out.textContent = "";
  document.querySelectorAll("[data-cue]").forEach(function (el) { el.hidden = true; });
  function norm(s) {
    return s.normalize("NFKC").toLowerCase().replace(/['’‘`]/g, "").replace(/[£$€]/g, function (c) { return " money " + {"£": "pound", "$": "dollar", "€": "euro"}[c] + " "; }).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  function stem(w) {
    return w.replace(/(ing|ed|es|s)$/, "");
  }
  function words(s) {
    return norm(s).split(" ").filter(function (w) { return w.length > 1; }).map(stem);
  }
  function expand(text, syn) {
    var n = " " + norm(text) + " ", extra = [];
    Object.keys(syn).forEach(function (term) {
      if ((syn[term] || []).some(function (p) { return n.indexOf(" " + norm(p) + " ") >= 0; })) extra.push(term);
    });
    return words(text).concat(extra.map(stem));
  }
  fetch(out.getAttribute("data-index") || "/search-index.json").then(function (r) { return r.json(); }).then(function (idx) {
    var n = norm(q);
    Object.keys(idx.cues).forEach(function (id) {
      var hit = idx.cues[id].some(function (p) {
        try { return new RegExp("\\b(?:" + p + ")\\b").test(n); } catch (e) { return false; }
      });
      var el = document.querySelector('[data-cue="' + id + '"]');
      if (hit && el) { el.hidden = false; out.parentNode.insertBefore(el, out); }
    });
    var qw = expand(q, idx.syn);
    var df = {};
    var docs = idx.g.map(function (g) {
      var f = { s: expand(g.s, idx.syn), t: expand(g.t, idx.syn), a: words(g.a) };
      var seen = {};
      f.s.concat(f.t, f.a).forEach(function (w) { if (!seen[w]) { seen[w] = 1; df[w] = (df[w] || 0) + 1; } });
      return { g: g, f: f };
    });
    var N = docs.length;
    docs.forEach(function (d) {
      d.score = 0;
      qw.forEach(function (w) {
        var idf = Math.log(1 + N / (1 + (df[w] || 0)));
        var tf = 2 * count(d.f.t, w) + 3 * count(d.f.s, w) + count(d.f.a, w);
        if (tf) d.score += idf * tf / (tf + 1.5);
      });
    });
    function count(list, w) { var c = 0; for (var i = 0; i < list.length; i++) if (list[i] === w) c++; return c; }
    docs.sort(function (a, b) { return b.score - a.score; });
    var top = docs.filter(function (d) { return d.score > 0; }).slice(0, 5);
    if (!top.length) return;
    var h = document.createElement("h2");
    h.textContent = "The closest situations";
    var ol = document.createElement("ol");
    ol.className = "results";
    top.forEach(function (d) {
      var li = document.createElement("li"), h3 = document.createElement("h3"), a = document.createElement("a"), p = document.createElement("p");
      li.className = "result";
      a.href = d.g.u;
      a.textContent = "What to do if… " + d.g.s;
      p.textContent = d.g.a;
      h3.appendChild(a); li.appendChild(h3); li.appendChild(p); ol.appendChild(li);
    });
    out.appendChild(h);
    out.appendChild(ol);
  }).catch(function () {});
  }
})();
