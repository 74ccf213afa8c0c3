// My record: a private evidence log, encrypted in this browser's IndexedDB.
// It sends nothing anywhere. record.go documents the design.
(() => {
  "use strict";
  const root = document.getElementById("record");
  if (!root) return;

  const DB = "firststeps-record";
  const ITERATIONS = Math.max(600000, +root.dataset.iterations || 0);
  const MIN_PASS = +root.dataset.minPass || 10;
  const subtle = window.crypto && crypto.subtle;
  const te = new TextEncoder(), td = new TextDecoder();
  const fields = ["platform", "handle", "link", "what"];

  let db = null, key = null, versions = [], pending = [], held = [], editing = null, urls = [], picks = new Set();
  let lastActive = Date.now();

  const $ = id => document.getElementById(id);
  const say = msg => { $("rec-status").textContent = msg; };
  const focus = id => $(id).querySelector("h2, p").focus();
  const on = (id, type, fn) => $(id).addEventListener(type, fn);
  const last = vs => vs[vs.length - 1];

  // Text is set only as text, never as HTML, so no record can run as code.
  function el(tag, attrs, kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) k === "text" ? e.textContent = v : e.setAttribute(k, v);
    for (const c of kids || []) if (c) e.append(c);
    return e;
  }

  function button(text, fn, cls) {
    const b = el("button", {type: "button", class: cls || "secondary", text});
    b.addEventListener("click", fn);
    return b;
  }

  function fieldError(input, msg) {
    $(input + "-err").textContent = msg;
    $(input).setAttribute("aria-invalid", "true");
    $(input).focus();
  }

  function clearErrors(f) {
    f.querySelectorAll(".error-msg").forEach(p => { p.textContent = ""; });
    f.querySelectorAll("[aria-invalid]").forEach(i => i.removeAttribute("aria-invalid"));
  }

  function view(name, moveFocus) {
    for (const v of ["rec-unsupported", "rec-setup", "rec-locked", "rec-open"]) $(v).hidden = v !== name;
    $("rec-device").hidden = name === "rec-unsupported";
    $("rec-delete-box").hidden = name !== "rec-locked" && name !== "rec-open";
    if (moveFocus) focus(name);
  }

  function form(id, step, failed) {
    on(id, "submit", async e => {
      e.preventDefault();
      const f = e.target, buttons = f.querySelectorAll("button");
      clearErrors(f);
      buttons.forEach(b => { b.disabled = true; });
      await step().catch(() => say(failed));
      buttons.forEach(b => { b.disabled = false; });
    });
  }

  const req = r => new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });

  // openDB(false) only looks, leaving no trace on a device with no record.
  const openDB = create => new Promise((ok, fail) => {
    const r = indexedDB.open(DB, 1);
    r.onupgradeneeded = ev => {
      if (!create && ev.oldVersion === 0) return r.transaction.abort();
      r.result.createObjectStore("meta");
      r.result.createObjectStore("entries", {keyPath: "id"});
      r.result.createObjectStore("files", {keyPath: "id"});
    };
    r.onsuccess = () => {
      r.result.onversionchange = () => { r.result.close(); db = null; lock(); };
      ok(r.result);
    };
    r.onerror = ev => { ev.preventDefault(); fail(r.error); };
  });

  const get = (store, k) => req(db.transaction(store).objectStore(store).get(k));
  const all = store => req(db.transaction(store).objectStore(store).getAll());

  function put(items) {
    const tx = db.transaction([...new Set(items.map(i => i[0]))], "readwrite");
    for (const [store, value, k] of items) tx.objectStore(store).put(value, k);
    return new Promise((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = tx.onabort = () => fail(tx.error);
    });
  }

  const random = n => crypto.getRandomValues(new Uint8Array(n));
  const hex = buf => Array.from(new Uint8Array(buf), b => b.toString(16).padStart(2, "0")).join("");
  const newID = prefix => prefix + hex(random(16));
  const gcm = (iv, id) => id ? {name: "AES-GCM", iv, additionalData: te.encode(id)} : {name: "AES-GCM", iv};

  async function wrappingKey(pass, salt, iterations) {
    const base = await subtle.importKey("raw", te.encode(pass), "PBKDF2", false, ["deriveKey"]);
    return subtle.deriveKey({name: "PBKDF2", hash: "SHA-256", salt, iterations},
      base, {name: "AES-GCM", length: 256}, false, ["wrapKey", "unwrapKey"]);
  }

  // unwrap fails on a wrong passphrase: GCM authenticates the wrapped key.
  const unwrap = (meta, kek) => subtle.unwrapKey("raw", meta.wrapped, kek, gcm(meta.iv), "AES-GCM", false, ["encrypt", "decrypt"]);

  async function seal(id, data) {
    const iv = random(12);
    return {id, iv, ct: await subtle.encrypt(gcm(iv, id), key, data)};
  }
  const unseal = (rec, k) => subtle.decrypt(gcm(rec.iv, rec.id), k || key, rec.ct);

  async function openWith(k) {
    const list = [];
    for (const rec of await all("entries")) list.push(JSON.parse(td.decode(await unseal(rec, k))));
    key = k;
    versions = list;
    lastActive = Date.now();
    view("rec-open");
    resetForm();
    render();
  }

  // lock forgets the key and every decrypted thing on the page.
  function lock(msg) {
    const wasOpen = !!key;
    key = editing = null;
    versions = [];
    pending = [];
    held = [];
    picks = new Set();
    urls.forEach(URL.revokeObjectURL);
    urls = [];
    for (const id of ["rec-list", "rec-pending", "rec-out"]) $(id).textContent = "";
    $("rec-out").hidden = $("rec-u18-file").hidden = true;
    document.documentElement.classList.remove("rec-report");
    root.querySelectorAll("form").forEach(f => { f.reset(); clearErrors(f); });
    if (wasOpen) {
      view("rec-locked");
      say(msg || "Your record is locked.");
    }
  }

  async function start() {
    root.hidden = false;
    setupUnder18();
    if (!subtle || !window.indexedDB) return view("rec-unsupported");
    setupOffline();
    db = await openDB(false).catch(err => {
      if (err.name !== "AbortError") throw err;
    });
    view(db && await get("meta", "key") ? "rec-locked" : "rec-setup");
  }

  form("rec-create", async () => {
    const pass = $("rec-new").value;
    if (pass.length < MIN_PASS) return fieldError("rec-new", `Your passphrase needs at least ${MIN_PASS} characters.`);
    if (pass !== $("rec-new2").value) return fieldError("rec-new2", "The passphrases do not match. Please type it again.");
    say("Creating your record. This can take a few seconds.");
    const salt = random(16), iv = random(12);
    const kek = await wrappingKey(pass, salt, ITERATIONS);
    const dataKey = await subtle.generateKey({name: "AES-GCM", length: 256}, true, ["encrypt", "decrypt"]);
    const meta = {v: 1, kdf: "PBKDF2-SHA-256", iterations: ITERATIONS, salt, iv, wrapped: await subtle.wrapKey("raw", dataKey, kek, gcm(iv))};
    const k = await unwrap(meta, kek); // keep only a copy that cannot be extracted
    db = db || await openDB(true);
    await put([["meta", meta, "key"]]);
    await openWith(k);
    say("Your record is ready. Add the first thing that happened below.");
    focus("rec-open");
  }, "Sorry, your record could not be created. Nothing was saved.");

  form("rec-unlock", async () => {
    say("Unlocking. This can take a few seconds.");
    db = db || await openDB(false);
    const meta = await get("meta", "key");
    const k = await unwrap(meta, await wrappingKey($("rec-pass").value, meta.salt, meta.iterations)).catch(() => null);
    if (!k) {
      say("");
      return fieldError("rec-pass", "That passphrase does not open this record. Check it and try again.");
    }
    await openWith(k);
    say("Your record is open.");
    focus("rec-open");
  }, "Sorry, your record could not be opened.");

  on("rec-lock", "click", () => { lock(); focus("rec-locked"); });

  function nowLocal() {
    const d = new Date();
    d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
    return d.toISOString().slice(0, 16);
  }

  function resetForm(edit) {
    const v = edit && latest(edit);
    editing = edit || null;
    pending = [];
    held = [];
    $("rec-entry").reset();
    clearErrors($("rec-entry"));
    $("rec-when").value = v ? v.when : nowLocal();
    for (const f of fields) $("rec-" + f).value = v ? v[f] : "";
    $("rec-form-h").textContent = v ? "Change this entry" : "Add something that happened";
    $("rec-save").textContent = v ? "Save the change" : "Save this entry";
    $("rec-cancel").hidden = !v;
    $("rec-u18-file").hidden = true;
    renderPending();
  }

  on("rec-cancel", "click", () => { resetForm(); focus("rec-open"); });

  const latest = entry => versions.filter(v => v.entry === entry).sort((a, b) => b.version - a.version)[0];
  const isImage = f => /^image\//.test(f.type);

  on("rec-files", "change", e => {
    const files = [...e.target.files];
    e.target.value = "";
    if ($("rec-u18").checked && files.some(isImage)) {
      held = files;
      $("rec-u18-file").hidden = false;
      return focus("rec-u18-file");
    }
    addFiles(files);
  });

  function answerU18(add) {
    addFiles(add ? held : held.filter(f => !isImage(f)));
    held = [];
    $("rec-u18-file").hidden = true;
    if (!add) say("The picture was not added.");
    $("rec-files").focus();
  }
  on("rec-u18-add", "click", () => answerU18(true));
  on("rec-u18-skip", "click", () => answerU18(false));

  async function addFiles(files) {
    for (const f of files) {
      const bytes = await f.arrayBuffer();
      pending.push({name: f.name, size: f.size, type: f.type || "application/octet-stream",
        sha256: hex(await subtle.digest("SHA-256", bytes)), added: new Date().toISOString(), bytes});
    }
    renderPending();
  }

  function renderPending() {
    $("rec-pending").replaceChildren(...pending.map((p, i) => el("li", {}, [fileInfo(p),
      button("Remove " + p.name, () => { pending.splice(i, 1); renderPending(); $("rec-files").focus(); })])));
  }

  // A change is saved as a new version: stored versions never change.
  form("rec-entry", async () => {
    const prev = editing && latest(editing);
    const v = {entry: editing || newID("e-"), version: prev ? prev.version + 1 : 1, recorded: new Date().toISOString(),
      when: $("rec-when").value, files: prev ? prev.files.slice() : []};
    for (const f of fields) v[f] = $("rec-" + f).value.trim();
    if (!fields.some(f => v[f]) && !pending.length) return fieldError("rec-what", "Write what happened, or add a detail or a file, before saving.");
    // Encrypt first, as a transaction closes if it waits.
    const items = [];
    for (const p of pending) {
      const id = newID("f-");
      items.push(["files", await seal(id, p.bytes)]);
      v.files.push({id, name: p.name, size: p.size, type: p.type, sha256: p.sha256, added: p.added});
    }
    items.push(["entries", await seal(newID("v-"), te.encode(JSON.stringify(v)))]);
    await put(items);
    versions.push(v);
    resetForm();
    render();
    say(prev ? "Your change is saved. The earlier version is kept in the timeline." : "Saved. It is in your timeline below.");
  }, "Sorry, this entry could not be saved. Please try again.");

  function when(s) {
    const d = new Date(s);
    return s && !isNaN(d) ? d.toLocaleString("en-GB", {day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit"}) : "Date not given";
  }

  function entries(oldFirst) {
    const by = {};
    for (const v of versions) (by[v.entry] = by[v.entry] || []).push(v);
    const at = vs => last(vs).when + vs[0].recorded;
    return Object.values(by).map(vs => vs.sort((a, b) => a.version - b.version))
      .sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0) * (oldFirst ? 1 : -1));
  }

  const fileInfo = f => el("div", {}, [el("strong", {text: f.name}),
    el("span", {class: "small", text: ` ${f.size.toLocaleString("en-GB")} bytes, ${f.type}`}),
    el("br"), "SHA-256: ", el("code", {class: "sha", text: f.sha256}),
    el("br"), el("span", {class: "small", text: "Added " + when(f.added)})]);

  function details(v, mine) {
    const dl = el("dl");
    for (const [dt, dd] of [["Date and time", when(v.when)], ["Platform", v.platform], ["Account or username", v.handle],
      ["Link", v.link], ["What happened", v.what]]) {
      if (dd) dl.append(el("dt", {text: dt}), el("dd", {text: dd}));
    }
    if (v.files.length) {
      dl.append(el("dt", {text: "Files"}), el("dd", {}, [el("ul", {class: "files"}, v.files.map(f => el("li", {},
        [fileInfo(f), mine && isImage(f) && pick(f), mine && button("Save a copy of " + f.name, () => saveCopy(f))])))]));
    }
    return dl;
  }

  function pick(f) {
    const input = el("input", {type: "checkbox", id: "rec-pic-" + f.id});
    input.checked = picks.has(f.id);
    input.addEventListener("change", () => input.checked ? picks.add(f.id) : picks.delete(f.id));
    return el("div", {class: "radio"}, [input, el("label", {for: input.id, text: "Put this picture in the report"})]);
  }

  const history = vs => `First recorded ${when(vs[0].recorded)}.` +
    (vs.length > 1 ? ` Changed ${when(last(vs).recorded)} (version ${last(vs).version}).` : "");

  function render() {
    const es = entries($("rec-order").value === "old");
    $("rec-empty").hidden = es.length > 0;
    $("rec-list").replaceChildren(...es.map(vs => {
      const v = last(vs);
      const li = el("li", {class: "entry"}, [el("h3", {text: when(v.when) + (v.platform ? ", " + v.platform : "")}),
        details(v, true), el("p", {class: "small", text: history(vs)}),
        button("Change this entry", () => { resetForm(v.entry); say("The earlier version will be kept."); focus("rec-open"); })]);
      if (vs.length > 1) {
        li.append(el("details", {}, [el("summary", {text: `Earlier versions (${vs.length - 1})`}),
          ...vs.slice(0, -1).reverse().map(p => el("div", {class: "version"},
            [el("h4", {text: `Version ${p.version}, recorded ${when(p.recorded)}`}), details(p)]))]));
      }
      return li;
    }));
  }

  on("rec-order", "change", render);

  async function saveCopy(f) {
    download(new Blob([await unseal(await get("files", f.id))], {type: f.type}), f.name);
  }

  function download(blob, name) {
    const a = el("a", {href: URL.createObjectURL(blob), download: name});
    urls.push(a.href);
    document.body.append(a);
    a.click();
    a.remove();
  }

  const dataURL = (buf, type) => new Promise(ok => {
    const r = new FileReader();
    r.onload = () => ok(r.result);
    r.readAsDataURL(new Blob([buf], {type}));
  });

  on("rec-make", "click", async () => {
    const es = entries(true);
    const parts = [el("h2", {tabindex: "-1", text: "Record of incidents"}),
      el("p", {text: `Made on ${when(new Date())}. ${es.length} ${es.length === 1 ? "incident" : "incidents"}, oldest first. ` +
        `Times are in the time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}.`})];
    for (const [i, vs] of es.entries()) {
      const v = last(vs);
      const sec = el("section", {class: "incident"}, [el("h3", {text: `${i + 1}. ${when(v.when)}`}), details(v), el("p", {class: "small", text: history(vs)})]);
      for (const f of v.files.filter(f => picks.has(f.id))) {
        const img = el("img", {alt: "Picture: " + f.name});
        img.src = await dataURL(await unseal(await get("files", f.id)), f.type);
        sec.append(img);
      }
      parts.push(sec);
    }
    parts.push(el("p", {text: "Each SHA-256 value is a fingerprint of the original file, worked out when the file was added. " +
      "If a file gives the same SHA-256 later, it has not changed."}),
    el("p", {class: "no-print"}, [button("Print or save as PDF", () => print(), "primary")]));
    $("rec-out").replaceChildren(...parts);
    $("rec-out").hidden = false;
    document.documentElement.classList.add("rec-report");
    focus("rec-out");
  });

  const b64 = async buf => (await dataURL(buf)).split(",")[1];
  const unb64 = s => Uint8Array.from(atob(s), c => c.charCodeAt(0));

  on("rec-backup", "click", async () => {
    const m = await get("meta", "key");
    const pack = async rs => Promise.all(rs.map(async r => ({id: r.id, iv: await b64(r.iv), ct: await b64(r.ct)})));
    const data = {format: "firststeps-record-backup", version: 1, made: new Date().toISOString(),
      key: {v: m.v, kdf: m.kdf, iterations: m.iterations, salt: await b64(m.salt), iv: await b64(m.iv), wrapped: await b64(m.wrapped)},
      entries: await pack(await all("entries")), files: await pack(await all("files"))};
    download(new Blob([JSON.stringify(data)], {type: "application/json"}), `my-record-backup-${nowLocal().slice(0, 10)}.json`);
    say("Your backup file is in your downloads. It is locked with your passphrase. Keep it somewhere safe.");
  });

  function parseBackup(text) {
    const d = JSON.parse(text), k = d.key;
    if (d.format !== "firststeps-record-backup" || d.version !== 1 || k.kdf !== "PBKDF2-SHA-256" ||
      !(k.iterations >= 600000 && k.iterations <= 1e7) || !Array.isArray(d.entries) || !Array.isArray(d.files)) {
      throw new Error("not a backup");
    }
    const unpack = r => ({id: String(r.id), iv: unb64(r.iv), ct: unb64(r.ct).buffer});
    return {key: {v: 1, kdf: k.kdf, iterations: k.iterations, salt: unb64(k.salt), iv: unb64(k.iv), wrapped: unb64(k.wrapped).buffer},
      entries: d.entries.map(unpack), files: d.files.map(unpack)};
  }

  form("rec-restore", async () => {
    const file = $("rec-import").files[0];
    if (!file) return fieldError("rec-import", "Choose your backup file.");
    const data = await file.text().then(parseBackup).catch(() => null);
    if (!data) return fieldError("rec-import", "This file is not a backup from My record, or it is damaged.");
    say("Checking your backup. This can take a few seconds.");
    const k = await unwrap(data.key, await wrappingKey($("rec-import-pass").value, data.key.salt, data.key.iterations)).catch(() => null);
    if (!k) {
      say("");
      return fieldError("rec-import-pass", "That passphrase does not open this backup. Check it and try again.");
    }
    for (const r of data.entries.concat(data.files)) await unseal(r, k);
    db = db || await openDB(true);
    await put([["meta", data.key, "key"], ...data.entries.map(r => ["entries", r]), ...data.files.map(r => ["files", r])]);
    await openWith(k);
    say("Your record is restored on this device.");
    focus("rec-open");
  }, "Sorry, this backup could not be restored. It may be damaged.");

  on("rec-delete", "click", () => { $("rec-confirm").hidden = false; focus("rec-confirm"); });
  on("rec-delete-no", "click", () => { $("rec-confirm").hidden = true; $("rec-delete").focus(); });
  on("rec-delete-yes", "click", async () => {
    lock();
    if (db) db.close();
    db = null;
    try {
      await req(indexedDB.deleteDatabase(DB));
      await setOffline(false);
      $("rec-confirm").hidden = true;
      view("rec-setup", true);
      say("Everything was deleted from this device. Backup files you saved somewhere else were not deleted.");
    } catch (err) {
      say("Sorry, not everything was deleted. Close other tabs with this page, then try again.");
    }
  });

  const registration = async () => "serviceWorker" in navigator ? navigator.serviceWorker.getRegistration("/record") : null;

  function offlineShown(yes) {
    $("rec-offline").textContent = yes ? "Stop keeping this page offline" : "Keep this page available offline";
    $("rec-offline-on").hidden = !yes;
  }

  async function setOffline(yes) {
    const reg = await registration();
    if (yes && !reg) await navigator.serviceWorker.register("/record-sw.js", {scope: "/record"});
    if (yes) await navigator.serviceWorker.ready;
    if (!yes && reg) await reg.unregister();
    if (!yes && window.caches) for (const n of await caches.keys()) if (n.startsWith(DB)) await caches.delete(n);
    offlineShown(yes);
  }

  function setupOffline() {
    if (!("serviceWorker" in navigator)) return;
    $("rec-offline-box").hidden = false;
    registration().then(r => offlineShown(!!r));
    on("rec-offline", "click", async () => {
      const yes = !(await registration());
      await setOffline(yes).then(() => say(yes ? "This page is now kept on this device." : "This page is no longer kept offline."),
        () => say("Sorry, that did not work. Please try again."));
    });
  }

  function setupUnder18() {
    $("rec-u18-box").hidden = false;
    if (new URLSearchParams(location.search).get("for") === "under-18") $("rec-u18").checked = true;
  }

  // Lock when idle, when the page is left, and at once on the quick exit.
  for (const t of ["pointerdown", "keydown", "input", "scroll"]) {
    document.addEventListener(t, () => { lastActive = Date.now(); }, {capture: true, passive: true});
  }
  function idleCheck() {
    if (key && Date.now() - lastActive > (+root.dataset.idle || 300) * 1000) lock("Your record locked itself because it was not used for a while.");
  }
  setInterval(idleCheck, 1000);
  document.addEventListener("visibilitychange", idleCheck);
  addEventListener("pagehide", () => lock());
  addEventListener("firststeps:exit", () => {
    lock();
    if (db) db.close();
    db = null;
    root.hidden = true;
  });

  start().catch(() => view("rec-unsupported"));
})();
