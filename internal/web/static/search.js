// Search for the static site, in the browser. The page works as a list of
// every situation without JavaScript; with it, the words typed are found
// as the server finds them: its own search (internal/search), ported line
// for line, run over the site's search-index.json, which holds the index's
// Export (every weight and parameter worked out at build time, so nothing
// is written twice) and what the results page is made from. The port
// follows Search step by step, in the same order, so that its sums come
// out the same to the last bit: the same guides in the same order, the
// same confidence, urgency cues and asker; words naming another
// jurisdiction's places are answered from its index, as the server's
// place rule does, and close results say what sets each apart. A browser
// test holds the two to that on every evaluation query.
//
// Nothing leaves the device: the indexes are files from this site,
// fetched when a search runs. The words are searched where they are typed:
// nothing goes into the address, the history or any storage. An old link
// with ?q= is read once, and the words are taken out of the address.
(function () {
  "use strict";

  // UTF-8, one character a byte: Go compares, measures and sorts terms
  // by their bytes, so the port does too.
  function bytes(s) { return unescape(encodeURIComponent(s)); }

  // cut is search.Cut: at most max bytes, cut at a word boundary.
  function cut(q, max) {
    var b = new TextEncoder().encode(q), n = max;
    if (b.length <= max) return new TextDecoder().decode(b);
    while (n > 0 && (b[n - 1] & 0xc0) === 0x80) n--;
    for (var i = n - 1; i >= 0 && b[i] !== 32 && b[i] !== 10 && b[i] !== 9; i--);
    if (i > Math.floor(max / 2)) n = i;
    else if (n > 0 && b[n - 1] >= 0xc0) n--; // the start of a character cut off
    return new TextDecoder().decode(b.subarray(0, n));
  }

  // normalize is search.Normalize, with the analyzer's apostrophes and
  // currency words.
  var letter = /\p{L}/u, digit = /\p{Nd}/u;
  function isLetter(c) { return /[a-zA-Z]/.test(c) || c > "\x7f" && letter.test(c); }
  function normalize(s, an) {
    var money = an.currency;
    if (/[^\x00-\x7f]/.test(s)) s = s.normalize("NFKC");
    var b = "", space = true, last = " ";
    for (var ch of s) {
      var c = ch.charCodeAt(0);
      if (an.apostrophes.indexOf(ch) >= 0) continue;
      if (ch === "0" && isLetter(last)) ch = "o";
      else if (c >= 97 && c <= 122 || c >= 48 && c <= 57);
      else if (c >= 65 && c <= 90) ch = ch.toLowerCase();
      else if (c > 127 && (letter.test(ch) || digit.test(ch))) ch = Array.from(ch.toLowerCase())[0];
      else if (money[ch]) {
        if (!space) b += " ";
        b += money[ch];
        space = true;
        last = " ";
        continue;
      } else {
        if (!space) {
          b += " ";
          space = true;
          last = " ";
        }
        continue;
      }
      b += ch;
      space = false;
      last = ch;
    }
    return b.trim();
  }

  // respell is search.Respell: each word the analyzer's spellings list
  // ("sum1", "goin") replaced with what it means.
  function respell(norm, an) {
    var sp = an.spellings;
    if (!sp) return norm;
    return norm.split(" ").map(function (w) {
      return Object.prototype.hasOwnProperty.call(sp, w) ? sp[w] : w;
    }).join(" ");
  }

  // stem is github.com/kljensen/snowball/english.Stem(word, false): the
  // Snowball English (Porter2) stemmer as that package has it, quirks and
  // all, on the word's code points.
  var snowStop = new Set("a about above after again against all am an and any are as at be because been before being below between both but by can did do does doing don down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own s same she should so some such t than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with you your yours yourself yourselves".split(" "));
  var special = new Map(), sp = "skis ski skies sky dying die lying lie tying tie idly idl gently gentl ugly ugli early earli only onli singly singl sky sky news news howe howe atlas atlas cosmos cosmos bias bias andes andes inning inning innings inning outing outing outings outing canning canning cannings canning herring herring herrings herring earring earring earrings earring proceed proceed proceeds proceed proceeded proceed proceeding proceed exceed exceed exceeds exceed exceeded exceed exceeding exceed succeed succeed succeeds succeed succeeded succeed succeeding succeed".split(" ");
  for (var k = 0; k < sp.length; k += 2) special.set(sp[k], sp[k + 1]);
  function isV(c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; }
  function suffix(w, list) {
    for (var i = 0; i < list.length; i++) {
      var s = list[i];
      if (s.length <= w.r.length && w.r.slice(w.r.length - s.length).join("") === s) return s;
    }
    return "";
  }
  function clamp(w) {
    w.r1 = Math.min(w.r1, w.r.length);
    w.r2 = Math.min(w.r2, w.r.length);
  }
  function drop(w, n) {
    w.r.length -= n;
    clamp(w);
  }
  function replace(w, s, by) {
    w.r = w.r.slice(0, w.r.length - s.length).concat(Array.from(by));
    clamp(w);
  }
  function vnv(r, start) {
    for (var i = 1; i < r.length - start; i++) {
      if (isV(r[start + i - 1]) && !isV(r[start + i])) return start + i + 1;
    }
    return r.length;
  }
  function endsShort(r, i) {
    if (i === 2) return isV(r[0]) && !isV(r[1]);
    return i >= 3 && !isV(r[i - 1]) && r[i - 1] !== "w" && r[i - 1] !== "x" && r[i - 1] !== "Y" && isV(r[i - 2]) && !isV(r[i - 3]);
  }
  var step2 = {tional: "tion", enci: "ence", anci: "ance", abli: "able", entli: "ent", izer: "ize", ization: "ize", ational: "ate", ation: "ate", ator: "ate", alism: "al", aliti: "al", alli: "al", fulness: "ful", ousli: "ous", ousness: "ous", iveness: "ive", iviti: "ive", biliti: "ble", bli: "ble", fulli: "ful", lessli: "less"};
  var step3 = {ational: "ate", tional: "tion", alize: "al", icate: "ic", iciti: "ic", ical: "ic", ful: "", ness: ""};
  function stem(word) {
    if (bytes(word).length <= 2 || snowStop.has(word)) return word;
    if (special.has(word)) return special.get(word);
    var w = {r: Array.from(word)}, r, s, i, n;
    // Preprocess: apostrophes, initial and after-vowel y, the regions.
    w.r = w.r.map(function (c) { return c === "\u2019" || c === "\u2018" || c === "\u201b" ? "'" : c; });
    for (n = 0; n < w.r.length - 1 && w.r[n] === "'"; n++);
    w.r = w.r.slice(n);
    r = w.r;
    for (i = 0; i < r.length; i++) if (r[i] === "y" && (i === 0 || isV(r[i - 1]))) r[i] = "Y";
    s = ["gener", "commun", "arsen"].find(function (p) { return r.slice(0, p.length).join("") === p; });
    w.r1 = s ? s.length : vnv(r, 0);
    w.r2 = vnv(r, w.r1);
    // Step 0.
    if ((s = suffix(w, ["'s'", "'s", "'"]))) drop(w, s.length);
    // Step 1a.
    s = suffix(w, ["sses", "ied", "ies", "us", "ss", "s"]);
    if (s === "sses") replace(w, s, "ss");
    else if (s === "ies" || s === "ied") replace(w, s, w.r.length > 4 ? "i" : "ie");
    else if (s === "s") {
      for (i = 0; i < w.r.length - 2; i++) {
        if (isV(w.r[i])) {
          drop(w, 1);
          break;
        }
      }
    }
    // Step 1b.
    s = suffix(w, ["eedly", "ingly", "edly", "ing", "eed", "ed"]);
    if (s === "eed" || s === "eedly") {
      if (s.length <= w.r.length - w.r1) replace(w, s, "ee");
    } else if (s && w.r.slice(0, w.r.length - s.length).some(isV)) {
      var r1 = w.r1, r2 = w.r2;
      drop(w, s.length);
      var t = suffix(w, ["at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);
      if (!t && w.r1 >= w.r.length && endsShort(w.r, w.r.length)) {
        w.r.push("e");
        w.r1 = w.r2 = w.r.length;
      } else {
        if (t === "at" || t === "bl" || t === "iz") replace(w, t, t + "e");
        else if (t) drop(w, 1);
        w.r1 = Math.min(r1, w.r.length);
        w.r2 = Math.min(r2, w.r.length);
      }
    }
    // Step 1c.
    r = w.r;
    n = r.length;
    if (n > 2 && (r[n - 1] === "y" || r[n - 1] === "Y") && !isV(r[n - 2])) r[n - 1] = "i";
    // Step 2.
    s = suffix(w, ["ational", "fulness", "iveness", "ization", "ousness", "biliti", "lessli", "tional", "alism", "aliti", "ation", "entli", "fulli", "iviti", "ousli", "anci", "abli", "alli", "ator", "enci", "izer", "bli", "ogi", "li"]);
    if (s && s.length <= w.r.length - w.r1) {
      n = w.r.length;
      if (s === "li") {
        if (n >= 3 && "cdeghkmnrt".split("").indexOf(w.r[n - 3]) >= 0) drop(w, 2);
      } else if (s === "ogi") {
        if (n >= 4 && w.r[n - 4] === "l") replace(w, s, "og");
      } else replace(w, s, step2[s]);
    }
    // Step 3.
    s = suffix(w, ["ational", "tional", "alize", "icate", "ative", "iciti", "ical", "ful", "ness"]);
    if (s && s.length <= w.r.length - w.r1) {
      if (s !== "ative") replace(w, s, step3[s]);
      else if (w.r.length - w.r2 >= 5) drop(w, 5);
    }
    // Step 4.
    s = suffix(w, ["ement", "ance", "ence", "able", "ible", "ment", "ent", "ant", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"]);
    n = w.r.length;
    if (s && s.length <= n - w.r2) {
      if (s !== "ion") drop(w, s.length);
      else if (n >= 4 && (w.r[n - 4] === "s" || w.r[n - 4] === "t")) drop(w, 3);
    }
    // Step 5.
    r = w.r;
    i = r.length - 1;
    if (w.r1 <= i) {
      if (r[i] === "e") {
        if (w.r2 <= i || !endsShort(r, i)) drop(w, 1);
      } else if (w.r2 <= i && r[i] === "l" && i >= 1 && r[i - 1] === "l") drop(w, 1);
    }
    return w.r.join("").replace(/Y/g, "y");
  }

  // osa is search's optimal string alignment distance, on bytes.
  function osa(a, b, limit, maxLen) {
    if (a.length > maxLen || b.length > maxLen) return limit + 1;
    var prev2 = [], prev = [], cur = [], i, j, t;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur[0] = i;
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) return limit + 1;
      t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
  // letters is search's lettersOf, as two 32-bit halves.
  function letters(w) {
    var m = [0, 0];
    for (var i = 0; i < w.length; i++) {
      var bit = w.charCodeAt(i) & 63;
      m[bit >> 5] |= 1 << (bit & 31);
    }
    return m;
  }
  function ones(x) {
    for (var n = 0; x; n++) x &= x - 1;
    return n;
  }

  // pattern is pattern.Pattern from its JavaScript source.
  function pattern(src) { return new RegExp(src, "u"); }
  function compile(m) {
    return m && {p: (m.p || []).map(pattern), u: (m.u || []).map(pattern)};
  }
  // matches is library's matchAny: no unless pattern, and some pattern.
  function matches(m, text) {
    return !m.u.some(function (re) { return re.test(text); }) && m.p.some(function (re) { return re.test(text); });
  }
  // said is search's said: no unless pattern, and some pattern matching
  // where no negation denies it (f: the export's facets).
  function said(m, text, f) {
    if (m.u.some(function (re) { return re.test(text); })) return false;
    return m.p.some(function (re) {
      var g = new RegExp(re.source, "gu"), r;
      while ((r = g.exec(text))) {
        if (!denied(text, r.index, r.index + r[0].length, f)) return true;
        if (!r[0].length) g.lastIndex++;
      }
      return false;
    });
  }
  function words(s) { return s.split(" ").filter(Boolean); }
  // denied is search's denied.
  function denied(text, start, end, f) {
    var before = words(text.slice(0, start)), after = words(text.slice(end));
    for (var i = before.length - 1; i >= 0 && i >= before.length - f.reach; i--) {
      if (f.clauseStarts.indexOf(before[i]) >= 0) break;
      if (f.negations.indexOf(before[i]) >= 0) {
        if (f.conditions.indexOf(before[i - 1]) >= 0 || f.conditions.indexOf(before[i - 2]) >= 0) break;
        return true;
      }
    }
    return after.length > 0 && f.denialsAfter.indexOf(after[0]) >= 0;
  }

  // Engine is a search.Index read from its Export.
  function Engine(x) {
    var e = this, an = x.analyzer;
    e.x = x;
    e.p = x.params;
    e.n = x.guides.length;
    e.terms = new Map();
    e.vocab = new Map(); // single-word terms by length, sorted
    e.guideOf = [];
    for (var g = 0; g < e.n; g++) for (var tag = x.tagStart[g]; tag < x.tagStart[g + 1]; tag++) e.guideOf[tag] = g;
    var sat = x.sat.map(function (list) { return list.map(Math.fround); });
    Object.keys(x.terms).forEach(function (key) {
      var a = x.terms[key], term = bytes(key), t = {}, i, d;
      if (a[0] >= 0) {
        t.idf = x.idf[a[0]];
        t.idfPower = x.idfPower[a[0]];
        t.docs = [];
        t.sat = [];
        // Each guide is the step from the one before (see ExportTerm).
        for (i = 0, d = 0; i < a[1].length; i += 2) {
          d += a[1][i];
          t.docs.push(d);
          t.sat.push(sat[d][a[1][i + 1]]);
        }
        if (term.indexOf("_") < 0) {
          if (!e.vocab.has(term.length)) e.vocab.set(term.length, []);
          e.vocab.get(term.length).push({w: term, l: letters(term)});
        }
      }
      if (a.length > 2) {
        var idf = x.idf[a[2]];
        t.tags = [];
        t.tw = [];
        for (i = 0, d = 0; i < a[3].length; i += 2) {
          d += a[3][i];
          t.tags.push(d);
          t.tw.push(Math.fround(Math.fround(Math.fround(x.tagWeight[a[3][i + 1]]) * idf) / x.tagNorm[d]));
        }
        t.tagIDF = idf;
      }
      e.terms.set(term, t);
    });
    e.vocab.forEach(function (list) { list.sort(function (a, b) { return a.w < b.w ? -1 : a.w > b.w ? 1 : 0; }); });
    e.stop = new Set(an.stop);
    e.narrative = new Set(an.narrative);
    e.phrases = new Map(Object.keys(an.phrases).map(function (k) { return [k, an.phrases[k]]; }));
    e.synonyms = (an.patterns || []).map(function (p) { return {t: p.t, re: pattern(p.p)}; });
    e.words = new Map();
    e.stems = new Map();
    e.cues = x.cues.map(function (c) { return {id: c.id, m: compile(c)}; });
    e.audiences = x.audiences.map(function (a) { return {id: a.id, set: a.set, m: compile(a)}; });
    e.scope = compile(x.scope);
    e.values = x.facets.values.map(function (v) { return {name: v.name, facet: v.facet, excl: !!v.excl, weight: v.weight, scope: !!v.scope, m: compile(v)}; });
    e.exp = new Map(x.facets.exp.map(function (p) { return [p[0], p[1]]; }));
  }

  // stem returns a term's stem, as bytes.
  Engine.prototype.stem = function (w) {
    var s = this.stems.get(w);
    if (s === undefined) this.stems.set(w, s = bytes(stem(w)));
    return s;
  };

  // word is analyzer.word.
  Engine.prototype.word = function (w) {
    var info = this.words.get(w);
    if (!info) {
      info = {phrases: this.phrases.get(w) || [], skip: this.stop.has(w) || bytes(w).length > this.x.analyzer.maxWord};
      if (!info.skip) info.stem = this.stem(w);
      this.words.set(w, info);
    }
    return info;
  };

  // tokens is analyzer.tokensNorm.
  Engine.prototype.tokens = function (norm, full) {
    var e = this, an = e.x.analyzer, words = norm ? norm.split(" ") : [], infos = words.map(e.word, e), out = [], replaced = [], prev = "";
    infos.forEach(function (info, i) {
      info.phrases.some(function (p) {
        if (p.w.length > words.length - i || p.w.some(function (w, k) { return w !== words[i + k]; })) return false;
        var weight = an.synonymWeight;
        if (p.r) {
          weight = 1;
          for (var k = i; k < i + p.w.length; k++) replaced[k] = true;
        }
        p.t.forEach(function (t) { out.push({term: e.stem(t), w: weight}); });
        return true;
      });
    });
    e.synonyms.forEach(function (p) {
      if (full && p.re.test(norm)) out.push({term: e.stem(p.t), w: an.synonymWeight});
    });
    infos.forEach(function (info, i) {
      if (info.skip || replaced[i]) return;
      out.push({term: info.stem, w: 1});
      if (full && an.bigram > 0 && prev !== "") out.push({term: prev + "_" + info.stem, w: an.bigram});
      prev = info.stem;
    });
    return out;
  };

  Engine.prototype.known = function (term) {
    var t = this.terms.get(term);
    return t && t.idf !== undefined ? t : null;
  };

  // corrections is Index.corrections.
  Engine.prototype.corrections = function (term) {
    var an = this.x.analyzer, max = term.length >= an.longFuzzy ? 2 : 1, best = max + 1, out = [], m = letters(term);
    for (var l = term.length - max; l <= term.length + max; l++) {
      (this.vocab.get(l) || []).forEach(function (v) {
        if (max === 1 && v.w[0] !== term[0] || ones(m[0] ^ v.l[0]) + ones(m[1] ^ v.l[1]) > 2 * max) return;
        var d = osa(term, v.w, max, an.maxOSA);
        if (d > max) return;
        if (d < best) {
          best = d;
          out = [v.w];
        } else if (d === best) out.push(v.w);
      });
    }
    return out.slice(0, this.x.analyzer.maxFuzzy);
  };

  // queryTerms is Index.queryTerms.
  Engine.prototype.queryTerms = function (norm) {
    var e = this, terms = new Map(), out = [];
    e.tokens(norm, true).forEach(function (tk) {
      if (e.known(tk.term)) {
        terms.set(tk.term, Math.max(terms.get(tk.term) || 0, tk.w));
      } else if (tk.term.length >= e.x.analyzer.minFuzzy) {
        e.corrections(tk.term).forEach(function (c) { terms.set(c, Math.max(terms.get(c) || 0, tk.w * e.p.FuzzyWeight)); });
      }
    });
    var n = 0;
    terms.forEach(function (w, term) { if (term.indexOf("_") < 0) n++; });
    terms.forEach(function (w, term) {
      var k = term.indexOf("_");
      if (n > e.p.LongQuery) {
        if (k < 0 ? e.narrative.has(term) : e.narrative.has(term.slice(0, k)) && e.narrative.has(term.slice(k + 1))) w *= e.p.NarrativeWeight;
        if (e.p.LongIDFPower) w *= e.known(term).idfPower;
      }
      out.push({term: term, w: w});
    });
    return out.sort(function (a, b) { return a.term < b.term ? -1 : a.term > b.term ? 1 : 0; });
  };

  // tagScore is tagIndex.score: weight times the similarity of the words
  // to each guide's closest tag, read densely or sparsely as Go does, for
  // the two round differently.
  Engine.prototype.tagScore = function (terms, sc, weight) {
    var e = this, nTags = e.guideOf.length, qnorm = 0, postings = 0, q = [], dots = new Float64Array(nTags);
    if (!nTags) return;
    terms.forEach(function (qt) {
      var t = e.terms.get(qt.term), tags = t && t.tags ? t : {tags: [], tw: [], tagIDF: 0}, v = qt.w * tags.tagIDF;
      qnorm += v * v;
      q.push({t: tags, v: v});
      postings += tags.tags.length;
    });
    qnorm = Math.sqrt(qnorm);
    if (qnorm === 0) return;
    var touched = [];
    q.forEach(function (x) {
      x.t.tags.forEach(function (tag, k) {
        if (dots[tag] === 0) touched.push(tag);
        dots[tag] += x.v * x.t.tw[k];
      });
    });
    if (postings >= Math.floor(nTags / e.x.denseShare)) {
      for (var g = 0; g < e.n; g++) {
        var best = 0;
        for (var tag = e.x.tagStart[g]; tag < e.x.tagStart[g + 1]; tag++) best = Math.max(best, dots[tag]);
        if (best > 0) {
          sc.add(g, weight * best / qnorm);
          sc.match[g] = best / qnorm;
        }
      }
      return;
    }
    var bestOf = new Float64Array(e.n), bestFor = [];
    touched.forEach(function (tag) {
      var sim = dots[tag] / qnorm, g = e.guideOf[tag];
      if (bestOf[g] === 0) bestFor.push(g);
      if (sim > bestOf[g]) bestOf[g] = sim;
    });
    bestFor.forEach(function (g) {
      sc.add(g, weight * bestOf[g]);
      sc.match[g] = bestOf[g];
    });
  };

  // facetFactor is facetTable.facetFactor; e to the power comes from the
  // export, as the server's maths library worked it out.
  Engine.prototype.facetFactor = function (query, guide) {
    if (!query.length || !guide.length) return 1;
    var V = this.values, match = 0, clash = 0;
    for (var i = 0, j; i < query.length; i = j) {
      var f = V[query[i]].facet, shared = false, states = false, most = 0;
      for (j = i; j < query.length && V[query[j]].facet === f; j++) {
        most = Math.max(most, V[query[j]].weight);
        if (guide.indexOf(query[j]) >= 0) {
          shared = true;
          match += V[query[j]].weight;
        }
      }
      states = guide.some(function (g) { return V[g].facet === f; });
      if (states && !shared && V[query[i]].excl) clash += most;
    }
    var x = this.p.FacetMatch * match - this.p.FacetClash * clash, factor = this.exp.get(x);
    return factor === undefined ? Math.exp(x) : factor;
  };

  // coverage is Index.coverage.
  Engine.prototype.coverage = function (norm, d) {
    var e = this, all = 0, hit = 0, seen = new Set();
    e.tokens(norm, false).forEach(function (tk) {
      if (tk.term.indexOf("_") >= 0 || seen.has(tk.term)) return;
      seen.add(tk.term);
      var t = e.known(tk.term);
      if (!t) {
        all += e.x.idf1;
        return;
      }
      all += t.idf;
      if (t.docs.indexOf(d) >= 0) hit += t.idf;
    });
    return all === 0 ? 0 : hit / all;
  };

  // search is Index.Search: at most n hits, best first, with the cues, the
  // asker, the facts read and whether the top hit is a confident match.
  Engine.prototype.search = function (q, n) {
    var e = this, p = e.p, x = e.x, norm = respell(normalize(cut(q, x.maxQuery), x.analyzer), x.analyzer);
    var res = {hits: [], cues: [], confident: false, asker: "", facts: [], inScope: false};
    e.cues.forEach(function (c) { if (matches(c.m, norm)) res.cues.push(c.id); });
    var facts = [];
    e.values.forEach(function (v, i) { if (said(v.m, norm, x.facets)) facts.push(i); });
    res.facts = facts.map(function (i) { return e.values[i].name; });
    var terms = e.queryTerms(norm);
    if (!terms.length || !e.n) return res;
    var sc = {scores: new Float64Array(e.n), match: new Float64Array(e.n), scored: [], add: function (d, v) {
      this.scored[d] = true;
      this.scores[d] += v;
    }};
    terms.forEach(function (qt) {
      var t = e.known(qt.term), v = qt.w * t.idf;
      t.docs.forEach(function (d, k) { sc.add(d, v * t.sat[k]); });
    });
    if (p.TagWeight > 0) e.tagScore(terms, sc, p.TagWeight);
    var asked = 0;
    e.audiences.forEach(function (a) {
      if (!matches(a.m, norm)) return;
      asked |= a.set;
      if (!res.asker) res.asker = a.id;
    });
    var hits = [];
    for (var d = 0; d < e.n; d++) {
      if (!sc.scored[d]) continue;
      var written = x.audience[d], aud = written & asked ? p.AudienceBoost : written && !(written & x.adult) ? p.AudienceMiss : 1;
      var s = sc.scores[d] * aud * e.facetFactor(facts, x.facets.guides[d] || []);
      if (s > 0) hits.push({d: d, id: x.guides[d], score: s, match: sc.match[d]});
    }
    hits.sort(function (a, b) { return a.score !== b.score ? b.score - a.score : a.id < b.id ? -1 : 1; });
    res.hits = hits.slice(0, n);
    res.hits.forEach(function (h) { h.coverage = e.coverage(norm, h.d); });
    res.inScope = !e.scope || matches(e.scope, norm) ||
      (facts.some(function (i) { return e.values[i].scope; }) && !e.scope.u.some(function (re) { return re.test(norm); }));
    var top = res.hits[0];
    res.confident = !!top && top.score >= p.MinScore * x.idf1 && top.match >= p.MinMatch && (res.inScope || top.coverage >= p.MinCoverage);
    return res;
  };

  // load fetches a jurisdiction's search-index.json once, and makes its
  // engine.
  var loads = {};
  function load(url) {
    if (!loads[url]) {
      loads[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("search index: " + r.status);
        return r.json();
      }).then(function (d) {
        d.engine = new Engine(d.search);
        d.places.forEach(function (p) { p.m = compile(p.words); });
        return d;
      });
      loads[url].catch(function () { delete loads[url]; });
    }
    return loads[url];
  }

  // placeOf is library.PlaceOf: the place whose words normalised text
  // names most often, or null when none is named, or two equally.
  function placeOf(places, norm) {
    var best = null, bestN = 0, tie = false;
    places.forEach(function (p) {
      var n = p.m.p.filter(function (re) { return re.test(norm); }).length;
      if (n > bestN) {
        best = p;
        bestN = n;
        tie = false;
      } else if (n === bestN && n > 0) tie = true;
    });
    return tie ? null : best;
  }

  // setsApart is the server's: in a reader's words, the first fact of
  // shown[i] that no other shown guide states, or "".
  function setsApart(ix, shown, i) {
    if (shown.length < 2) return "";
    var fits = function (h) { return ix.guides[h.d].f || []; };
    var k = fits(shown[i]).find(function (k) {
      return !shown.some(function (o, j) { return j !== i && fits(o).indexOf(k) >= 0; });
    });
    return k === undefined ? "" : ix.says[k];
  }

  // space is what Go's strings.TrimSpace trims.
  var space = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

  // find is the server's search form and results page: the words, cut
  // and trimmed, searched from the page whose index is at url, in the
  // jurisdiction the place rule chooses (placeFor), and what the results
  // page shows for them. It resolves to null for no words.
  function find(url, q) {
    return load(url).then(function (home) {
      q = cut(q, home.search.maxQuery).replace(space, "");
      if (!q) return null;
      var place = placeOf(home.places, normalize(q, home.search.analyzer));
      var there = place && place.id !== home.jurisdiction ? place : null;
      return (there ? load(there.index) : Promise.resolve(home)).then(function (ix) {
        var res = ix.engine.search(q, ix.shown), token = ix.views[res.asker] || "";
        var shown = res.confident ? res.hits : res.hits.slice(0, ix.unsure);
        return {
          jurisdiction: ix.jurisdiction,
          moved: there ? there.name : "",
          top: res.hits.map(function (h) { return h.id; }),
          confident: res.confident,
          cues: res.cues,
          asker: res.asker,
          facts: res.facts,
          banners: res.cues.map(function (id) { return ix.banners[token][id]; }),
          results: shown.map(function (h, i) {
            var g = ix.guides[h.d];
            return {id: h.id, url: g.u + (token ? "?v=" + token : ""), situation: g.s, short: g.a, fits: setsApart(ix, shown, i)};
          }),
          firstSteps: ix.firstSteps
        };
      });
    });
  }

  var out = document.getElementById("search-results");
  var url = out && out.getAttribute("data-index");
  // The browser tests hold the port to the server through this.
  window.firststepsSearch = {find: function (q) { return find(url, q); }, stem: stem, normalize: normalize, cut: cut};

  var box = document.getElementById("q");
  var form = document.querySelector("form[data-static]");
  if (!out || !window.fetch) return;
  // The words of the results, as the page gives them (site.yaml and the
  // templates): the server's results page says the same.
  var w = out.dataset;
  var old = new URLSearchParams(location.search).get("q");
  if (old !== null) history.replaceState(null, "", location.pathname);
  if (form) {
    form.hidden = false;
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      run(box ? box.value : "");
    });
  }
  if (old) run(old);

  function el(tag, text, cls) {
    var n = document.createElement(tag);
    if (text) n.textContent = text;
    if (cls) n.className = cls;
    return n;
  }
  function html(tag, markup, cls) {
    var n = el(tag, "", cls);
    n.innerHTML = markup; // the site's own, rendered by its templates
    return n;
  }
  // run shows what the server's results page (search.tmpl) shows: where
  // the words point, the urgency banners, the best guides with what sets
  // each apart, and the general first steps when unsure.
  function run(q) {
    out.textContent = "";
    find(url, q).then(function (f) {
      if (!f) return;
      if (f.moved) {
        var p = el("p"), a = el("a", w.elsewhere);
        a.href = "/";
        p.appendChild(el("strong", w.movedLead.split("{place}").join(f.moved)));
        p.append(w.movedRest + " ", a, ".");
        out.appendChild(p);
      }
      f.banners.forEach(function (b) { out.appendChild(html("div", b)); });
      if (f.results.length) {
        out.appendChild(el("h2", f.confident ? w.closest : w.might));
        if (!f.confident) out.appendChild(el("p", w.unsure));
        var ol = el("ol", "", "results");
        f.results.forEach(function (r) {
          var li = el("li", "", "result"), h3 = el("h3"), a = el("a", w.what + " " + r.situation);
          a.href = r.url;
          h3.appendChild(a);
          li.appendChild(h3);
          if (r.fits) {
            var p = el("p");
            p.appendChild(el("strong", w.fits + " " + r.fits + "."));
            li.appendChild(p);
          }
          li.appendChild(el("p", r.short));
          ol.appendChild(li);
        });
        out.appendChild(ol);
      }
      if (!f.confident) {
        if (!f.results.length) out.appendChild(el("p", w.noMatch));
        out.appendChild(el("h2", w.firstSteps));
        out.appendChild(html("div", f.firstSteps, "steps"));
      }
    }).catch(function () {
      out.appendChild(el("p", w.failed));
    });
  }
})();
