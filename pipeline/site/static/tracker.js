// The tracker's filters and sorting, in the browser: the table itself is whole without them.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("tracker");
  if (!form || !table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var shown = document.getElementById("shown");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  form.hidden = false;

  function matches(row) {
    return selects.every(function (s) {
      if (!s.value) return true;
      var value = row.getAttribute("data-" + s.dataset.filter) || "";
      return s.dataset.filter === "theme" ? value.split(" ").indexOf(s.value) >= 0 : value === s.value;
    });
  }

  function filter() {
    var n = 0;
    rows.forEach(function (row) {
      var keep = matches(row);
      row.hidden = !keep;
      if (keep) n += 1;
    });
    shown.textContent = n === rows.length ? rows.length + " recommendations." : n + " of " + rows.length + " recommendations shown.";
  }

  selects.forEach(function (s) { s.addEventListener("change", filter); });
  // tracker.html?status=overdue&council=... opens filtered (the overview's links do this)
  var asked = new URLSearchParams(window.location.search);
  selects.forEach(function (s) {
    var wanted = asked.get(s.dataset.filter);
    if (wanted && Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) s.value = wanted;
  });
  filter();
  form.addEventListener("reset", function () { setTimeout(filter, 0); });

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.dataset.kind === "number";
      var keyed = rows.map(function (row, i) {
        var text = row.cells[column].textContent.trim();
        return { row: row, i: i, empty: text === "", key: numeric ? parseFloat(text) : text.toLowerCase() };
      });
      keyed.sort(function (a, b) {
        if (a.empty !== b.empty) return a.empty ? 1 : -1;  // blanks last either way
        var c = numeric ? a.key - b.key : a.key.localeCompare(b.key, "en", { numeric: true });
        return (ascending ? c : -c) || a.i - b.i;
      });
      keyed.forEach(function (k) { body.appendChild(k.row); });
    });
  });
})();
