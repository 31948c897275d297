// Draws every chart of the page from its <script type="application/json"> block (no inline
// script: the page's Content-Security-Policy forbids it). Colours are never the only carrier of
// meaning: bars carry patterns and their value written on them; lines differ in dash and point
// shape. The table under each chart holds the same numbers.
(function () {
  'use strict';
  var COLOURS = ['#0b5394', '#a14a00', '#1e6b2e', '#6a3d9a', '#7a5c00', '#a1221b'];
  var DASHES = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 2]];
  var POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];

  function pattern(colour, kind) {
    var size = 12;
    var c = document.createElement('canvas');
    c.width = size; c.height = size;
    var x = c.getContext('2d');
    x.fillStyle = colour; x.fillRect(0, 0, size, size);
    x.strokeStyle = '#ffffff'; x.fillStyle = '#ffffff'; x.lineWidth = 2;
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
      if (chart.config.type !== 'bar') return;
      var ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = '#1a1a1a';
      ctx.font = '600 13px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.data.datasets.forEach(function (ds, i) {
        var meta = chart.getDatasetMeta(i);
        meta.data.forEach(function (bar, j) {
          var text = ds.csrText && ds.csrText[j];
          if (text) ctx.fillText(text, bar.x, bar.y - 4);
        });
      });
      ctx.restore();
    },
  };

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    if (!block || typeof Chart === 'undefined') return;
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
      return {
        label: s.label, data: s.data, csrText: s.text,
        backgroundColor: s.data.map(function (_, j) { return pattern(COLOURS[j % COLOURS.length], j % 6); }),
        borderColor: s.data.map(function (_, j) { return COLOURS[j % COLOURS.length]; }),
        borderWidth: 2,
      };
    });
    var scales = {
      y: { beginAtZero: true, ticks: { callback: tick, color: '#1a1a1a' }, title: { display: true, text: d.axisTitle, color: '#1a1a1a' }, grid: { color: '#d0d0d0' } },
      x: { ticks: { color: '#1a1a1a' }, grid: { display: false } },
    };
    if (d.time) {
      scales.x = {
        type: 'time', ticks: { color: '#1a1a1a', source: 'labels' }, grid: { display: false },
        time: { parser: 'yyyy', unit: 'year', tooltipFormat: 'yyyy', displayFormats: { year: 'yyyy' } },
      };
    }
    var topPadding = d.type === 'bar' ? 24 : 8;
    new Chart(canvas, {
      type: d.type,
      data: { labels: d.labels, datasets: datasets },
      plugins: [valueLabels],
      options: {
        locale: d.locale,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { top: topPadding } },
        scales: scales,
        plugins: {
          legend: { display: d.type === 'line', labels: { usePointStyle: true, color: '#1a1a1a' } },
          tooltip: {
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

  function start() {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) draw(canvases[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
