// Service worker for My record. The page installs it only when the person
// chooses "Keep this page available offline", with the scope /record, so it
// controls that page and nothing else. It keeps a copy of the page and its
// files; it never sees or stores an entry, which live encrypted in
// IndexedDB. The server serves this file at /record-sw.js with FILES filled
// in with the page and its fingerprinted files.
"use strict";
var FILES = [];
var CACHE = "firststeps-record " + FILES.join(" ");

self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("firststeps-record") === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (e) {
  var r = e.request, u = new URL(r.url);
  if (r.method !== "GET" || u.origin !== location.origin) return;
  if (u.pathname === "/record") {
    // The network first, so the page stays up to date; the copy when offline.
    e.respondWith(fetch(r).then(function (res) {
      if (res.ok) {
        var copy = res.clone();
        e.waitUntil(caches.open(CACHE).then(function (c) { return c.put("/record", copy); }));
      }
      return res;
    }).catch(function () {
      return caches.match("/record", {ignoreSearch: true, ignoreVary: true});
    }));
    return;
  }
  if (FILES.indexOf(u.pathname) >= 0) {
    e.respondWith(caches.match(u.pathname, {ignoreVary: true}).then(function (hit) { return hit || fetch(r); }));
  }
});
