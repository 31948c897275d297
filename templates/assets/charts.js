// Draws every chart of the page from its <script type="application/json"> block (no inline
// script: the page's Content-Security-Policy forbids it). Colours are never the only carrier of
// meaning: bars carry patterns and their value written on them; lines differ in dash and point
// shape. The table under each chart holds the same numbers.
// Colours come from site.css's custom properties (--chart-*), read when a chart is drawn: a
// change of colour scheme (or printing) draws the charts again. From the keyboard each chart is
// a stop of its own: the arrow keys move through its points, and its live region says the point's
// series, label and value (words from the canvas's data- attributes, in the page's language).
(function () {
  'use strict';
  var COLOURS = [];
  var INK = { text: '#1a1a1a', grid: '#d0d0d0', pattern: '#ffffff', active: '#1a1a1a' };
  function readColours() {
    var style = getComputedStyle(document.documentElement);
    var get = function (name, fallback) { return style.getPropertyValue(name).trim() || fallback; };
    var fallbacks = ['#0b5394', '#a14a00', '#1e6b2e', '#6a3d9a', '#7a5c00', '#a1221b'];
    COLOURS = fallbacks.map(function (f, i) { return get('--chart-' + (i + 1), f); });
    INK = { text: get('--chart-text', '#1a1a1a'), grid: get('--chart-grid', '#d0d0d0'), pattern: get('--chart-pattern', '#ffffff'), active: get('--chart-active', '#1a1a1a') };
  }
  var DASHES = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 2]];
  var POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];

  function pattern(colour, kind) {
    var size = 12;
    var c = document.createElement('canvas');
    c.width = size; c.height = size;
    var x = c.getContext('2d');
    x.fillStyle = colour; x.fillRect(0, 0, size, size);
    x.strokeStyle = INK.pattern; x.fillStyle = INK.pattern; x.lineWidth = 2;
    if (kind === 1) { x.beginPath(); x.moveTo(0, size); x.lineTo(size, 0); x.stroke(); }
    else if (kind === 2) { x.beginPath(); x.arc(size / 2, size / 2, 2, 0, 2 * Math.PI); x.fill(); }
    else if (kind === 3) { x.beginPath(); x.moveTo(0, 0); x.lineTo(size, size); x.moveTo(0, size); x.lineTo(size, 0); x.stroke(); }
    else if (kind === 4) { x.beginPath(); x.moveTo(0, size / 2); x.lineTo(size, size / 2); x.stroke(); }
    else if (kind === 5) { x.beginPath(); x.moveTo(size / 2, 0); x.lineTo(size / 2, size); x.stroke(); }
    return x.createPattern(c, 'repeat') || colour;
  }

  // Writes each bar's value (as the table shows it) above the bar.
  var valueLabels = {
    id: 'csrValueLabels',
    afterDatasetsDraw: function (chart) {
      // Stacked bars (the emissions by scope) carry their values in the legend's table and tooltip.
      if (chart.config.type !== 'bar' || chart.options.scales.y.stacked) return;
      // Bars lying down (a narrow screen): the value to the right of the bar's end.
      var across = chart.options.indexAxis === 'y';
      var ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = INK.text;
      ctx.font = '600 13px system-ui, sans-serif';
      ctx.textAlign = across ? 'left' : 'center';
      ctx.textBaseline = across ? 'middle' : 'bottom';
      chart.data.datasets.forEach(function (ds, i) {
        var meta = chart.getDatasetMeta(i);
        meta.data.forEach(function (bar, j) {
          var text = ds.csrText && ds.csrText[j];
          if (text) ctx.fillText(text, across ? bar.x + 4 : bar.x, across ? bar.y : bar.y - 4);
        });
      });
      ctx.restore();
    },
  };

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    if (!block || typeof Chart === 'undefined') return null;
    var d = JSON.parse(block.textContent);
    var number = new Intl.NumberFormat(d.locale, { maximumFractionDigits: 2 });
    var tick = function (v) { return d.percent ? number.format(v) + (d.locale.indexOf('da') === 0 ? ' %' : '%') : number.format(v); };
    var datasets = d.datasets.map(function (s, i) {
      var colour = COLOURS[i % COLOURS.length];
      if (d.type === 'line') {
        return {
          label: s.label, data: s.data, csrText: s.text, borderColor: colour, backgroundColor: colour,
          borderDash: DASHES[i % DASHES.length], pointStyle: POINTS[i % POINTS.length], pointRadius: 5,
          borderWidth: 2, spanGaps: false,
        };
      }
      if (d.stacked) {
        // A stack per category: each series one colour and pattern, named in the legend.
        return { label: s.label, data: s.data, csrText: s.text, backgroundColor: pattern(colour, i % 6), borderColor: colour, borderWidth: 2 };
      }
      return {
        label: s.label, data: s.data, csrText: s.text,
        backgroundColor: s.data.map(function (_, j) { return pattern(COLOURS[j % COLOURS.length], j % 6); }),
        borderColor: s.data.map(function (_, j) { return COLOURS[j % COLOURS.length]; }),
        borderWidth: 2,
      };
    });
    var scales = {
      y: { beginAtZero: true, ticks: { callback: tick, color: INK.text }, title: { display: true, text: d.axisTitle, color: INK.text }, grid: { color: INK.grid } },
      x: { ticks: { color: INK.text }, grid: { display: false } },
    };
    if (d.stacked) {
      scales.x.stacked = true;
      scales.y.stacked = true;
    }
    if (d.time) {
      scales.x = {
        type: 'time', ticks: { color: INK.text, source: 'labels' }, grid: { display: false },
        time: { parser: 'yyyy', unit: 'year', tooltipFormat: 'yyyy', displayFormats: { year: 'yyyy' } },
      };
    }
    var topPadding = d.type === 'bar' && !d.stacked ? 24 : 8;
    // On a narrow screen, bars of long category names lie down: the names stay readable, one a
    // line, instead of slanting over each other under a squeezed plot.
    var across = d.type === 'bar' && !d.stacked && !d.time && canvas.clientWidth > 0 && canvas.clientWidth < 560;
    var padding = { top: topPadding };
    if (across) {
      scales = {
        x: { beginAtZero: true, ticks: { callback: tick, color: INK.text }, title: { display: true, text: d.axisTitle, color: INK.text }, grid: { color: INK.grid } },
        y: { ticks: { color: INK.text, autoSkip: false }, grid: { display: false } },
      };
      padding = { top: 8, right: 64 };
      // Room for every name: about three lines a bar (CSSOM, which the policy allows).
      canvas.parentNode.style.height = (d.labels.length * 48 + 70) + 'px';
    }
    // A long category name in lines of about 18 characters (Chart.js draws an array as lines).
    var wrap = function (label) {
      if (!across || typeof label !== 'string') return label;
      var lines = [];
      label.split(' ').forEach(function (word) {
        var last = lines.length - 1;
        if (last >= 0 && (lines[last] + ' ' + word).length <= 18) lines[last] += ' ' + word;
        else lines.push(word);
      });
      return lines;
    };
    return new Chart(canvas, {
      type: d.type,
      data: { labels: d.labels.map(wrap), datasets: datasets },
      plugins: [valueLabels],
      options: {
        indexAxis: across ? 'y' : 'x',
        locale: d.locale,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: padding },
        scales: scales,
        plugins: {
          legend: { display: d.type === 'line' || d.stacked === true, labels: { usePointStyle: d.type === 'line', color: INK.text } },
          tooltip: {
            backgroundColor: INK.active,
            titleColor: INK.pattern,
            bodyColor: INK.pattern,
            callbacks: {
              label: function (item) {
                var text = item.dataset.csrText && item.dataset.csrText[item.dataIndex];
                return item.dataset.label + ': ' + (text || '');
              },
            },
          },
        },
      },
    });
  }

  // The points of a chart that have a value, series by series: [series, point].
  function pointsOf(chart) {
    var out = [];
    chart.data.datasets.forEach(function (ds, i) {
      ds.data.forEach(function (v, j) { if (v !== null && v !== undefined) out.push([i, j]); });
    });
    return out;
  }

  // What the live region says of one point: "series, label: value (point n of total)", the
  // series named only when there are several; the value as the table writes it.
  function describe(chart, at, canvas) {
    var ds = chart.data.datasets[at[0]];
    var label = chart.data.labels[at[1]];
    var text = (ds.csrText && ds.csrText[at[1]]) || canvas.getAttribute('data-no-value') || '';
    var parts = [];
    if (chart.data.datasets.length > 1) parts.push(ds.label);
    parts.push(Array.isArray(label) ? label.join(' ') : String(label));
    var position = (canvas.getAttribute('data-position') || '').replace('{n}', String(at[2] + 1)).replace('{total}', String(at[3]));
    return parts.join(', ') + ': ' + text + (position ? ' (' + position + ')' : '');
  }

  function show(entry, index) {
    var chart = entry.chart;
    var points = pointsOf(chart);
    if (points.length === 0) return;
    index = Math.max(0, Math.min(points.length - 1, index));
    entry.active = index;
    var p = points[index];
    var active = [{ datasetIndex: p[0], index: p[1] }];
    chart.setActiveElements(active);
    var element = chart.getDatasetMeta(p[0]).data[p[1]];
    chart.tooltip.setActiveElements(active, { x: element ? element.x : 0, y: element ? element.y : 0 });
    chart.update();
    var live = document.getElementById(entry.canvas.getAttribute('data-live'));
    if (live) live.textContent = describe(chart, [p[0], p[1], index, points.length], entry.canvas);
  }

  // Up and down move to the same label in the series above or below (line charts).
  function nextSeries(entry, step) {
    var points = pointsOf(entry.chart);
    var here = points[entry.active];
    if (!here) return 0;
    for (var s = here[0] + step; s >= 0 && s < entry.chart.data.datasets.length; s += step) {
      for (var k = 0; k < points.length; k++) if (points[k][0] === s && points[k][1] === here[1]) return k;
    }
    return entry.active;
  }

  function onKey(entry, event) {
    var last = pointsOf(entry.chart).length - 1;
    var at = entry.active;
    var to;
    if (event.key === 'ArrowRight') to = at < 0 ? 0 : at + 1;
    else if (event.key === 'ArrowLeft') to = at < 0 ? 0 : at - 1;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = last;
    else if (event.key === 'ArrowDown') to = at < 0 ? 0 : nextSeries(entry, 1);
    else if (event.key === 'ArrowUp') to = at < 0 ? 0 : nextSeries(entry, -1);
    else return;
    event.preventDefault();
    show(entry, to);
  }

  function clear(entry) {
    entry.active = -1;
    entry.chart.setActiveElements([]);
    entry.chart.tooltip.setActiveElements([], { x: 0, y: 0 });
    entry.chart.update();
  }

  var entries = [];

  function start() {
    readColours();
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
      var chart = draw(canvases[i]);
      if (chart === null) continue;
      var entry = { canvas: canvases[i], chart: chart, active: -1 };
      entries.push(entry);
      canvases[i].addEventListener('keydown', onKey.bind(null, entry));
      canvases[i].addEventListener('blur', clear.bind(null, entry));
    }
    // A new colour scheme (or paper): every chart drawn again in the new colours.
    var redraw = function () {
      var before = JSON.stringify([COLOURS, INK]);
      readColours();
      // Same colours (paper in the light scheme): nothing to draw again.
      if (JSON.stringify([COLOURS, INK]) === before) return;
      entries.forEach(function (entry) {
        entry.chart.destroy();
        entry.chart = draw(entry.canvas);
        if (entry.active >= 0) show(entry, entry.active);
      });
    };
    ['(prefers-color-scheme: dark)', 'print'].forEach(function (q) {
      var m = window.matchMedia && window.matchMedia(q);
      if (m && m.addEventListener) m.addEventListener('change', redraw);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
