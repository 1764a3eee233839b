// Full-text search over every paragraph, in the browser. The paragraphs come from
// search/<document>.js, loaded by <script> tags: fetch() is refused on file:// pages.
(function () {
  "use strict";
  var LIMIT = 50, CONTEXT = 140;
  var docs = window.SCRUTINY_SEARCH || [];
  var input = document.getElementById("q");
  var status = document.getElementById("status");
  var list = document.getElementById("results");

  function words(text) { return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []); }
  function flat(text) { return words(text).join(" "); }

  function search(query) {
    var terms = words(query), phrase = terms.join(" "), hits = [];
    if (!terms.length) return hits;
    docs.forEach(function (doc, d) {
      doc.paragraphs.forEach(function (p, i) {
        var text = p[4] || (p[4] = " " + flat(p[3]) + " ");
        var score = 0;
        for (var t = 0; t < terms.length; t++) {
          var n = text.split(" " + terms[t]).length - 1;  // words beginning with the term
          if (!n) return;
          score += Math.min(n, 5);
        }
        if (terms.length > 1 && text.indexOf(" " + phrase + " ") >= 0) score += 10;
        hits.push({ doc: doc, p: p, score: score, order: d * 1e6 + i });
      });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - CONTEXT), end = Math.min(text.length, Math.max(at, 0) + 2 * CONTEXT);
    var part = (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
    var pattern = new RegExp("(" + terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|") + ")", "giu");
    var out = document.createElement("p");
    part.split(pattern).forEach(function (piece, i) {
      if (i % 2) { var m = document.createElement("mark"); m.textContent = piece; out.appendChild(m); }
      else out.appendChild(document.createTextNode(piece));
    });
    return out;
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var terms = words(query), hits = search(query);
    status.textContent = !hits.length ? "No paragraph matches." : hits.length === 1 ? "1 paragraph matches." :
      hits.length + " paragraphs match" + (hits.length > LIMIT ? "; the first " + LIMIT + " are shown." : ".");
    hits.slice(0, LIMIT).forEach(function (h) {
      var li = document.createElement("li"), a = document.createElement("a");
      var p = h.p, where = [h.doc.source, p[1] ? "para " + p[1] : "unnumbered paragraph"];
      if (p[2] !== null) where.push("p. " + p[2]);
      a.href = h.doc.href + "#" + p[0];
      a.textContent = where.join(", ");
      li.appendChild(a);
      var about = [h.doc.title, h.doc.council, h.doc.date].filter(Boolean).join(" · ");
      if (about) { var s = document.createElement("span"); s.className = "small"; s.textContent = " " + about; li.appendChild(s); }
      li.appendChild(snippet(p[3], terms));
      list.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
})();
