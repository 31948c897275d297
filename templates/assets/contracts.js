// The contract list of the Suppliers page, sortable and filterable (issue 14, item 6). Without
// this script the table is complete as it is; with it, a filter box above the table and a sort
// button in each column heading. Its words come from the table's data- attributes (the page's
// language). No inline script: the page's Content-Security-Policy forbids it.
(function () {
  'use strict';
  var collator = typeof Intl !== 'undefined' ? new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' }) : null;

  function compare(a, b) {
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }

  // A cell's sort key: its data-sort (a date as YYYY-MM-DD), else its text.
  function key(cell) {
    var given = cell.getAttribute('data-sort');
    return given !== null ? given : cell.textContent.trim();
  }

  function enhance(table, index) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var shownText = table.getAttribute('data-shown') || '%1 / %2';

    // The filter: a labelled search box and a live count.
    var box = document.createElement('div');
    box.className = 'table-filter';
    var id = 'contracts-filter-' + index;
    var label = document.createElement('label');
    label.setAttribute('for', id);
    label.textContent = table.getAttribute('data-filter-label') || '';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.autocomplete = 'off';
    var count = document.createElement('p');
    count.className = 'table-count';
    count.setAttribute('aria-live', 'polite');
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(count);
    var wrap = table.parentNode;
    wrap.parentNode.insertBefore(box, wrap);

    function filter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w !== ''; });
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) shown++;
      });
      count.textContent = shownText.replace('%1', String(shown)).replace('%2', String(rows.length));
    }
    input.addEventListener('input', filter);
    filter();

    // Sorting: a button in each column heading; aria-sort on the sorted column.
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sortLabel = table.getAttribute('data-sort-label') || '%s';
    heads.forEach(function (th, col) {
      var name = th.textContent;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = name;
      button.setAttribute('aria-label', sortLabel.replace('%s', name));
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var sorted = rows.slice().sort(function (a, b) {
          var r = compare(key(a.cells[col]), key(b.cells[col]));
          return ascending ? r : -r;
        });
        sorted.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function start() {
    var tables = document.querySelectorAll('table.contracts');
    for (var i = 0; i < tables.length; i++) enhance(tables[i], i);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
