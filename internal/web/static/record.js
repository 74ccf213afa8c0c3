// My record: a private evidence log, encrypted in this browser's IndexedDB.
// It sends nothing anywhere. record.go documents the design.
(() => {
  "use strict";
  const root = document.getElementById("record");
  if (!root) return;

  const DB = "firststeps-record";
  const ITERATIONS = Math.max(600000, +root.dataset.iterations || 0);
  const MIN_PASS = +root.dataset.minPass || 10;
  // What the page says as it works: site.yaml's record_ fields, named
  // here without "record_", in their order there (web's TestRecordWords
  // checks it). Marks such as {count} are filled in here.
  const [
    wait_create, wait_unlock, wait_backup, wait_rekey, short_passphrase,
    mismatch, ready, not_created, exists, wrong_passphrase, opened,
    opened_part, complete, incomplete, incomplete_unknown, not_opened,
    locked, idle_locked, changed_elsewhere, file_skipped, nothing_to_save,
    saved, change_saved, not_saved, earlier_kept, first_recorded,
    changed_at, report_made_one, report_made, time_zone, fingerprints,
    backup_saved, not_a_backup, choose_backup, wrong_backup_passphrase,
    restored, merged, not_restored, wrong_old_passphrase, rekeyed,
    not_rekeyed, deleted, not_deleted, offline_kept, offline_dropped,
    failed
  ] = JSON.parse(root.querySelector("#rec-words").textContent);
  const fill = (s, marks) => s.replace(/\{(\w+)\}/g, (m, k) => marks[k]);
  const subtle = window.crypto && crypto.subtle;
  const te = new TextEncoder(), td = new TextDecoder();
  const fields = ["platform", "handle", "link", "what"];
  // Other tabs with this page hear that something changed, never what.
  const chan = window.BroadcastChannel && new BroadcastChannel(DB);

  // chain is the decrypted head: the ids of the entry versions in order,
  // the hash of the last, and how many files there are. headRec is the
  // stored head it came from, to tell whether another tab has written since.
  let db = null, key = null, chain = null, headRec = null, versions = [], pending = [], held = [], editing = null,
    urls = [], picks = new Set(), whole = "";
  let lastActive = Date.now();

  const $ = id => document.getElementById(id);
  const say = msg => { $("rec-status").textContent = msg; };
  const focus = id => $(id).querySelector("h2, p").focus();
  const on = (id, type, fn) => $(id).addEventListener(type, fn);
  const last = vs => vs[vs.length - 1];
  // label gives an element the text, or without one the text the page
  // gave it.
  const label = (id, text) => { const e = $(id); e.dataset.label ??= e.textContent; e.textContent = text || e.dataset.label; };

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

  // fieldError shows msg under the field, made the field's description
  // the first time it is needed.
  function fieldError(input, msg) {
    const i = $(input), id = input + "-err";
    if (!$(id)) {
      i.after(el("p", {id, class: "error-msg"}));
      i.setAttribute("aria-describedby", id);
    }
    $(id).textContent = msg;
    i.setAttribute("aria-invalid", "true");
    i.focus();
  }

  function clearErrors(f) {
    f.querySelectorAll(".error-msg").forEach(p => { p.textContent = ""; });
    f.querySelectorAll("[aria-invalid]").forEach(i => i.removeAttribute("aria-invalid"));
  }

  function view(name, moveFocus) {
    for (const v of ["rec-unsupported", "rec-setup", "rec-locked", "rec-open"]) $(v).hidden = v !== name;
    $("rec-device").hidden = name === "rec-unsupported";
    $("rec-delete-box").hidden = name !== "rec-locked" && name !== "rec-open";
    // The backup form restores a record, or adds a backup to the open one.
    const open = name === "rec-open";
    $("rec-import-box").hidden = !open && name !== "rec-setup";
    $("rec-merge-hint").hidden = !open;
    label("rec-import-h", open && "Add a backup to this record");
    label("rec-import-go", open && "Add the backup");
    if (moveFocus) focus(name);
  }

  // A Refusal is a write that was not made, with what to tell the person.
  class Refusal extends Error {}

  function form(id, step, failed) {
    on(id, "submit", async e => {
      e.preventDefault();
      const f = e.target, buttons = f.querySelectorAll("button");
      clearErrors(f);
      buttons.forEach(b => { b.disabled = true; });
      await step().catch(err => say(err instanceof Refusal ? err.message : failed));
      buttons.forEach(b => { b.disabled = false; });
    });
  }

  const req = r => new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });

  // openDB(false) only looks, leaving no trace on a device with no record.
  const openDB = create => new Promise((ok, fail) => {
    const r = indexedDB.open(DB, 2);
    r.onupgradeneeded = ev => {
      if (!create && ev.oldVersion === 0) return r.transaction.abort();
      for (const s of r.result.objectStoreNames) r.result.deleteObjectStore(s);
      r.result.createObjectStore("meta");
      r.result.createObjectStore("items", {keyPath: "id"});
    };
    r.onsuccess = () => {
      r.result.onversionchange = () => { r.result.close(); db = null; lock(); };
      ok(r.result);
    };
    r.onerror = ev => { ev.preventDefault(); fail(r.error); };
  });

  const get = (store, k) => req(db.transaction(store).objectStore(store).get(k));
  const keys = () => req(db.transaction("items").objectStore("items").getAllKeys());

  // write makes every put in one transaction, so it is all or nothing. The
  // transaction first reads meta[check] and refuses, writing nothing, if
  // test says so: that read and the writes cannot be split by another tab.
  function write(puts, check, test) {
    return new Promise((ok, fail) => {
      const tx = db.transaction(["meta", "items"], "readwrite");
      let refused = "";
      tx.objectStore("meta").get(check).onsuccess = ev => {
        refused = test(ev.target.result);
        if (refused) return tx.abort();
        for (const [store, value, k] of puts) tx.objectStore(store).put(value, k);
      };
      tx.oncomplete = () => { if (chan) chan.postMessage(1); ok(); };
      tx.onabort = () => fail(refused ? new Refusal(refused) : tx.error);
    });
  }

  const same = (a, b) => !!a && !!b && hex(a.iv) === hex(b.iv);

  const random = n => crypto.getRandomValues(new Uint8Array(n));
  const hex = buf => Array.from(new Uint8Array(buf), b => b.toString(16).padStart(2, "0")).join("");
  const newID = () => hex(random(16));
  const gcm = (iv, id) => id ? {name: "AES-GCM", iv, additionalData: te.encode(id)} : {name: "AES-GCM", iv};
  const sha = async x => hex(await subtle.digest("SHA-256", typeof x === "string" ? te.encode(x) : x));

  async function wrappingKey(pass, salt, iterations) {
    const base = await subtle.importKey("raw", te.encode(pass), "PBKDF2", false, ["deriveKey"]);
    return subtle.deriveKey({name: "PBKDF2", hash: "SHA-256", salt, iterations},
      base, {name: "AES-GCM", length: 256}, false, ["wrapKey", "unwrapKey"]);
  }

  // unwrap fails on a wrong passphrase: GCM authenticates the wrapped key.
  const unwrap = (meta, kek, extractable) => subtle.unwrapKey("raw", meta.wrapped, kek, gcm(meta.iv), "AES-GCM", !!extractable, ["encrypt", "decrypt"]);

  // wrapped locks the data key k with a new passphrase: the key record.
  async function wrapped(pass, k) {
    const salt = random(16), iv = random(12);
    return {v: 2, kdf: "PBKDF2-SHA-256", iterations: ITERATIONS, salt, iv, wrapped: await subtle.wrapKey("raw", k, await wrappingKey(pass, salt, ITERATIONS), gcm(iv))};
  }

  // Sizes are padded before encryption, so a stored item tells only
  // roughly how big it is: at least 4 KiB, rounded up (Padmé) by at most
  // about 12%. The length goes first, inside the encryption.
  function pad(b) {
    const n = b.length + 4, e = Math.floor(Math.log2(n)), step = 2 ** (e - Math.floor(Math.log2(e)) - 1);
    const out = new Uint8Array(Math.max(4096, Math.ceil(n / step) * step));
    new DataView(out.buffer).setUint32(0, b.length);
    out.set(b, 4);
    return out;
  }

  async function seal(id, data, k) {
    const iv = random(12);
    return {id, iv, ct: await subtle.encrypt(gcm(iv, id), k || key, pad(data instanceof Uint8Array ? data : new Uint8Array(data)))};
  }
  // unseal returns an item's bytes, or its text.
  async function unseal(rec, k, text) {
    const b = new Uint8Array(await subtle.decrypt(gcm(rec.iv, rec.id), k || key, rec.ct));
    const out = b.subarray(4, 4 + new DataView(b.buffer).getUint32(0));
    return text ? td.decode(out) : out;
  }

  // valid checks a decrypted entry version before anything trusts it.
  const valid = v => v && v.version > 0 && [v.entry, v.recorded, v.when, ...fields.map(f => v[f])].every(x => typeof x === "string") &&
    Array.isArray(v.files) && v.files.every(f => f && f.id && f.name && f.type && /^[0-9a-f]{64}$/.test(f.sha256) && f.size >= 0);

  // scan reads a record: the head, then each entry version it lists, in
  // order, checking that each holds the hash of the one before. get(id)
  // returns a stored item. Strict (a backup file), any fault throws and
  // every file is decrypted and checked against its SHA-256; otherwise
  // what can be read is read, and ok says whether that is all of it. A
  // head that does not open leaves nothing to list.
  async function scan(head, get, ids, k, strict) {
    let info = null, prev = "", bad = 0, ok = !!head;
    const vs = [], files = new Map();
    try {
      info = JSON.parse(await unseal(head, k, true));
    } catch (err) {
      if (strict) throw err;
    }
    for (const [i, id] of (info ? info.links : []).entries()) {
      try {
        const s = await unseal(await get(id), k, true), l = JSON.parse(s);
        if (!valid(l.v)) throw 0;
        ok = ok && l.seq === i + 1 && l.prev === prev;
        prev = await sha(s);
        vs.push(l.v);
      } catch (err) {
        if (strict) throw err;
        bad++;
      }
    }
    const refs = new Set(vs.flatMap(v => v.files.map(f => f.id)));
    if (strict) {
      for (const v of vs) for (const f of v.files) {
        if (!files.has(f.id)) files.set(f.id, await unseal(await get(f.id), k));
        if (await sha(files.get(f.id)) !== f.sha256) throw 0;
      }
    }
    ok = ok && info && !bad && prev === info.last && ids.length === info.links.length + info.files && [...refs].every(id => ids.includes(id));
    if (strict && !ok) throw 0;
    return {info: info || {links: [], last: "", files: 0}, vs, bad, ok, files};
  }

  // load reads the stored record with k and shows it open.
  async function load(k) {
    const head = await get("meta", "head"), ids = await keys();
    const r = await scan(head, id => get("items", id), ids, k);
    key = k;
    headRec = head;
    chain = r.info;
    versions = r.vs;
    // Whether every version saved here opened, for the report too.
    whole = r.ok ? fill(complete, {count: r.info.links.length}) : r.bad ? fill(incomplete, {count: r.bad}) : incomplete_unknown;
    view("rec-open");
    render();
    return r.ok;
  }

  // lock forgets the key and every decrypted thing on the page.
  function lock(msg) {
    const wasOpen = !!key;
    key = editing = chain = headRec = null;
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
      say(msg || locked);
    }
  }

  // look shows "Start" or "Open your record", whichever this device needs.
  async function look() {
    db = db || await openDB(false).catch(err => {
      if (err.name !== "AbortError") throw err;
    });
    view(db && await get("meta", "key") ? "rec-locked" : "rec-setup");
  }

  async function start() {
    root.hidden = false;
    setupUnder18();
    if (!subtle || !window.indexedDB) return view("rec-unsupported");
    setupOffline();
    await look();
  }

  // Another tab wrote: an open record is read again (the form is kept), and
  // a tab still offering to start a record offers to open it instead.
  if (chan) chan.onmessage = () => key ? load(key) : $("rec-open").hidden && $("rec-unsupported").hidden && look();

  // newPass reads a new passphrase typed twice, or shows what is wrong.
  function newPass(a, b) {
    const pass = $(a).value;
    if (pass.length < MIN_PASS) return fieldError(a, fill(short_passphrase, {characters: MIN_PASS}));
    if (pass !== $(b).value) return fieldError(b, mismatch);
    return pass;
  }

  // refused shows "Open your record" after a refusal to replace one.
  const refused = err => {
    if (err instanceof Refusal) view("rec-locked");
    throw err;
  };

  form("rec-create", async () => {
    const pass = newPass("rec-new", "rec-new2");
    if (!pass) return;
    say(wait_create);
    const dataKey = await subtle.generateKey({name: "AES-GCM", length: 256}, true, ["encrypt", "decrypt"]);
    const meta = await wrapped(pass, dataKey);
    const k = await unwrap(meta, await wrappingKey(pass, meta.salt, meta.iterations)); // keep only a copy that cannot be extracted
    const head = await seal("head", te.encode(JSON.stringify({links: [], last: "", files: 0})), k);
    db = db || await openDB(true);
    await write([["meta", meta, "key"], ["meta", head, "head"]], "key", cur => cur ? exists : "").catch(refused);
    await load(k);
    resetForm();
    say(ready);
    focus("rec-open");
  }, not_created);

  form("rec-unlock", async () => {
    say(wait_unlock);
    db = db || await openDB(false);
    const meta = await get("meta", "key");
    const k = await unwrap(meta, await wrappingKey($("rec-pass").value, meta.salt, meta.iterations)).catch(() => null);
    if (!k) {
      say("");
      return fieldError("rec-pass", wrong_passphrase);
    }
    const ok = await load(k);
    resetForm();
    say(opened + (ok ? "" : " " + whole + " " + opened_part));
    focus("rec-open");
  }, not_opened);

  on("rec-lock", "click", () => { lock(); focus("rec-locked"); });

  // append adds entry versions (and the files they bring) to the chain, and
  // the new head, in one transaction; it refuses if another tab wrote since
  // this one last read the record, and then reads it again.
  async function append(vs, files) {
    const c = {links: chain.links.slice(), last: chain.last, files: chain.files + files.length}, puts = files.map(f => ["items", f]);
    for (const v of vs) {
      const s = JSON.stringify({seq: c.links.length + 1, prev: c.last, v}), id = newID();
      puts.push(["items", await seal(id, te.encode(s))]);
      c.links.push(id);
      c.last = await sha(s);
    }
    const head = await seal("head", te.encode(JSON.stringify(c)));
    await write([...puts, ["meta", head, "head"]], "head", cur => same(cur, headRec) ? "" : changed_elsewhere).catch(async err => {
      if (err instanceof Refusal) await load(key);
      throw err;
    });
    chain = c;
    headRec = head;
    versions.push(...vs);
  }

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
    label("rec-form-h", v && "Change this entry");
    label("rec-save", v && "Save the change");
    $("rec-cancel").hidden = !v;
    $("rec-u18-file").hidden = true;
    renderPending();
  }

  on("rec-cancel", "click", () => { resetForm(); focus("rec-open"); });

  const latest = entry => versions.filter(v => v.entry === entry).sort((a, b) => b.version - a.version)[0];
  const isImage = f => /^image\//.test(f.type);
  // Anything but plain text might show someone: pictures, videos, files
  // with no type and archives all bring up the under-18 warning.
  const mayShow = f => !/^text\//.test(f.type);

  on("rec-files", "change", e => {
    const files = [...e.target.files];
    e.target.value = "";
    if ($("rec-u18").checked && files.some(mayShow)) {
      held = files;
      $("rec-u18-file").hidden = false;
      return focus("rec-u18-file");
    }
    addFiles(files);
  });

  function answerU18(add) {
    addFiles(add ? held : held.filter(f => !mayShow(f)));
    held = [];
    $("rec-u18-file").hidden = true;
    if (!add) say(file_skipped);
    $("rec-files").focus();
  }
  on("rec-u18-add", "click", () => answerU18(true));
  on("rec-u18-skip", "click", () => answerU18(false));

  async function addFiles(files) {
    for (const f of files) {
      const bytes = new Uint8Array(await f.arrayBuffer());
      pending.push({name: f.name, size: f.size, type: f.type || "application/octet-stream",
        sha256: await sha(bytes), added: new Date().toISOString(), bytes});
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
    const v = {entry: editing || "e-" + newID(), version: prev ? prev.version + 1 : 1, recorded: new Date().toISOString(),
      when: $("rec-when").value, files: prev ? prev.files.slice() : []};
    for (const f of fields) v[f] = $("rec-" + f).value.trim();
    if (!fields.some(f => v[f]) && !pending.length) return fieldError("rec-what", nothing_to_save);
    const files = [];
    for (const p of pending) {
      const id = newID();
      files.push(await seal(id, p.bytes));
      v.files.push({id, name: p.name, size: p.size, type: p.type, sha256: p.sha256, added: p.added});
    }
    await append([v], files);
    resetForm();
    render();
    say(prev ? change_saved : saved);
  }, not_saved);

  function when(s) {
    const d = new Date(s);
    return s && !isNaN(d) ? d.toLocaleString("en-GB", {day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit"}) : "Date not given";
  }

  function entries(oldFirst) {
    const by = {};
    for (const v of versions) (by[v.entry] = by[v.entry] || []).push(v);
    const at = vs => last(vs).when + vs[0].recorded;
    return Object.values(by).map(vs => vs.sort((a, b) => a.version - b.version || (a.recorded < b.recorded ? -1 : 1)))
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

  const history = vs => fill(first_recorded, {when: when(vs[0].recorded)}) +
    (vs.length > 1 ? " " + fill(changed_at, {when: when(last(vs).recorded), version: last(vs).version}) : "");

  function render() {
    const es = entries($("rec-order").value === "old");
    $("rec-empty").hidden = es.length > 0;
    $("rec-list").replaceChildren(...es.map(vs => {
      const v = last(vs);
      const li = el("li", {class: "entry"}, [el("h3", {text: when(v.when) + (v.platform ? ", " + v.platform : "")}),
        details(v, true), el("p", {class: "small", text: history(vs)}),
        button("Change this entry", () => { resetForm(v.entry); say(earlier_kept); focus("rec-open"); })]);
      if (vs.length > 1) {
        li.append(el("details", {}, [el("summary", {text: `Earlier versions (${vs.length - 1})`}),
          ...vs.slice(0, -1).reverse().map(p => el("div", {class: "version"},
            [el("h4", {text: `Version ${p.version}, recorded ${when(p.recorded)}`}), details(p)]))]));
      }
      return li;
    }));
  }

  on("rec-order", "change", render);

  const fileBytes = async f => unseal(await get("items", f.id));

  async function saveCopy(f) {
    download(new Blob([await fileBytes(f)], {type: f.type}), f.name);
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
      el("p", {text: fill(es.length === 1 ? report_made_one : report_made, {when: when(new Date()), count: es.length}) + " " +
        fill(time_zone, {zone: Intl.DateTimeFormat().resolvedOptions().timeZone})}), el("p", {text: whole})];
    for (const [i, vs] of es.entries()) {
      const v = last(vs);
      const sec = el("section", {class: "incident"}, [el("h3", {text: `${i + 1}. ${when(v.when)}`}), details(v), el("p", {class: "small", text: history(vs)})]);
      for (const f of v.files.filter(f => picks.has(f.id))) {
        const img = el("img", {alt: "Picture: " + f.name});
        img.src = await dataURL(await fileBytes(f), f.type);
        sec.append(img);
      }
      parts.push(sec);
    }
    parts.push(el("p", {text: fingerprints}),
    el("p", {class: "no-print"}, [button("Print or save as PDF", () => print(), "primary")]));
    $("rec-out").replaceChildren(...parts);
    $("rec-out").hidden = false;
    document.documentElement.classList.add("rec-report");
    focus("rec-out");
  });

  const b64 = async buf => (await dataURL(buf)).split(",")[1];
  const unb64 = s => Uint8Array.from(atob(s), c => c.charCodeAt(0));
  const pack = async r => ({id: r.id, iv: await b64(r.iv), ct: await b64(r.ct)});

  // The backup is the stored record as it is, read in one transaction.
  on("rec-backup", "click", async () => {
    const tx = db.transaction(["meta", "items"]);
    const [m, head, items] = await Promise.all([req(tx.objectStore("meta").get("key")), req(tx.objectStore("meta").get("head")),
      req(tx.objectStore("items").getAll())]);
    const data = {format: "firststeps-record-backup", version: 2, made: new Date().toISOString(),
      key: {v: m.v, kdf: m.kdf, iterations: m.iterations, salt: await b64(m.salt), iv: await b64(m.iv), wrapped: await b64(m.wrapped)},
      head: await pack(head), items: await Promise.all(items.map(pack))};
    download(new Blob([JSON.stringify(data)], {type: "application/json"}), `my-record-backup-${nowLocal().slice(0, 10)}.json`);
    say(backup_saved);
  });

  function parseBackup(text) {
    const d = JSON.parse(text), k = d.key;
    if (d.format !== "firststeps-record-backup" || d.version !== 2 || k.kdf !== "PBKDF2-SHA-256" ||
      !(k.iterations >= 600000 && k.iterations <= 1e7) || !Array.isArray(d.items)) {
      throw new Error("not a backup");
    }
    const unpack = r => ({id: String(r.id), iv: unb64(r.iv), ct: unb64(r.ct).buffer});
    return {key: {v: 2, kdf: k.kdf, iterations: k.iterations, salt: unb64(k.salt), iv: unb64(k.iv), wrapped: unb64(k.wrapped).buffer},
      head: unpack({...d.head, id: "head"}), items: d.items.map(unpack)};
  }

  // openBackup reads the chosen backup file, opens it with the passphrase
  // typed for it and checks every part of it, writing nothing. It returns
  // null after showing what is wrong with the file or the passphrase.
  async function openBackup(file, pass) {
    const data = $(file).files[0] ? await $(file).files[0].text().then(parseBackup).catch(() => null) : null;
    if (!data) return fieldError(file, $(file).files[0] ? not_a_backup : choose_backup);
    say(wait_backup);
    const k = await unwrap(data.key, await wrappingKey($(pass).value, data.key.salt, data.key.iterations)).catch(() => null);
    if (!k) {
      say("");
      return fieldError(pass, wrong_backup_passphrase);
    }
    const byId = new Map(data.items.map(r => [r.id, r]));
    return {data, k, ...await scan(data.head, async id => byId.get(id), [...byId.keys()], k, true)};
  }

  // Restoring writes the backup as it is. With a record open, the backup's
  // entry versions that the record lacks are added instead, each as it was
  // (its entry id, version and files, with their SHA-256), encrypted again
  // with this record's key: a backup of another record opens with that
  // record's passphrase.
  form("rec-restore", async () => {
    const b = await openBackup("rec-import", "rec-import-pass");
    if (!b) return;
    if (key) return merge(b);
    db = db || await openDB(true);
    await write([["meta", b.data.key, "key"], ["meta", b.data.head, "head"], ...b.data.items.map(r => ["items", r])], "key", cur => cur ? exists : "").catch(refused);
    await load(b.k);
    resetForm();
    say(restored);
    focus("rec-open");
  }, not_restored);

  async function merge(b) {
    const have = new Set(await Promise.all(versions.map(v => sha(JSON.stringify(v)))));
    const ids = new Set(await keys()), add = [], files = [];
    for (const v of b.vs) {
      const h = await sha(JSON.stringify(v));
      if (have.has(h)) continue;
      have.add(h);
      add.push(v);
      for (const f of v.files) {
        if (ids.has(f.id)) continue;
        ids.add(f.id);
        files.push(await seal(f.id, b.files.get(f.id)));
      }
    }
    if (add.length) await append(add, files);
    $("rec-restore").reset();
    render();
    say(fill(merged, {added: add.length, total: b.vs.length}));
  }

  // A new passphrase wraps the same data key again: nothing else changes.
  form("rec-rekey", async () => {
    const pass = newPass("rec-new3", "rec-new4");
    if (!pass) return;
    say(wait_rekey);
    const m = await get("meta", "key");
    const k = await unwrap(m, await wrappingKey($("rec-old").value, m.salt, m.iterations), true).catch(() => null);
    if (!k) {
      say("");
      return fieldError("rec-old", wrong_old_passphrase);
    }
    await write([["meta", await wrapped(pass, k), "key"]], "key", cur => same(cur, m) ? "" : changed_elsewhere);
    $("rec-rekey").reset();
    say(rekeyed);
  }, not_rekeyed);

  on("rec-delete", "click", () => { $("rec-confirm").hidden = false; focus("rec-confirm"); });
  on("rec-delete-no", "click", () => { $("rec-confirm").hidden = true; $("rec-delete").focus(); });
  on("rec-delete-yes", "click", async () => {
    lock();
    if (db) db.close();
    db = null;
    try {
      await req(indexedDB.deleteDatabase(DB));
      await setOffline(false);
      if (chan) chan.postMessage(1);
      $("rec-confirm").hidden = true;
      view("rec-setup", true);
      say(deleted);
    } catch (err) {
      say(not_deleted);
    }
  });

  const registration = async () => "serviceWorker" in navigator ? navigator.serviceWorker.getRegistration("/record") : null;

  function offlineShown(yes) {
    label("rec-offline", yes && "Stop keeping this page offline");
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
      await setOffline(yes).then(() => say(yes ? offline_kept : offline_dropped),
        () => say(failed));
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
    if (key && Date.now() - lastActive > (+root.dataset.idle || 300) * 1000) lock(idle_locked);
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
