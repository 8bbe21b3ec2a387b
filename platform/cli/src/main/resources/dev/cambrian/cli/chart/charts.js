/* Cambrian's charts: turns the report's chart data (dev.cambrian.cli.chart.Chart as JSON) into ECharts options.
 * User-supplied text only ever reaches the page through textContent or ECharts' own text rendering. */
(function () {
  'use strict';
  // Tableau 20: the gantt's fifteen phases and a chart of up to twenty backends without a colour twice (ten repeated)
  var PALETTE = ['#4e79a7', '#a0cbe8', '#f28e2b', '#ffbe7d', '#59a14f', '#8cd17d', '#b6992d', '#f1ce63', '#499894', '#86bcb6',
    '#e15759', '#ff9d9a', '#79706e', '#bab0ac', '#d37295', '#fabfd2', '#b07aa1', '#d4a6c8', '#9d7660', '#d7b5a6'];

  /** The audit's severities, low, medium, high, in the slides' order: high is red, not the palette's third colour. */
  var SEVERITY = ['#4e79a7', '#f28e2b', '#e15759'];

  /** Ordinal series (rank 1, 2, ...): one hue from dark to light, so rank 1 and rank 21 never share a colour. */
  function sequential(n) {
    var out = [];
    for (var i = 0; i < n; i++) {
      var t = n > 1 ? i / (n - 1) : 0;
      var mix = function (a, b) { return Math.round(a + (b - a) * t); };
      out.push('rgb(' + mix(8, 222) + ',' + mix(48, 235) + ',' + mix(107, 247) + ')');
    }
    return out;
  }

  /** Bubble diameters in px: the largest energy, and the least any is drawn at so that it stays visible. */
  var BUBBLE_MAX = 48;
  var BUBBLE_MIN = 3;

  var SUFFIXES = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];

  /** Three significant figures; thousands and up with k, M, B, T (1.2B = 1.2e9); tiny values in e-notation. */
  function fmt(v) {
    if (v === null || v === undefined || !isFinite(v)) { return String(v); }
    var a = Math.abs(v);
    if (a >= 1e15 || (a !== 0 && a < 1e-2)) { return v.toExponential(2); }
    for (var i = 0; i < SUFFIXES.length; i++) {
      if (a >= SUFFIXES[i][0]) { return Number((v / SUFFIXES[i][0]).toPrecision(3)) + SUFFIXES[i][1]; }
    }
    return String(Number(v.toPrecision(3)));
  }

  /**
   * Text for a tooltip: ECharts puts a formatter's string in as HTML, so a plugin's phase name with markup in it ran as
   * script on hover. Every name a formatter shows goes through here.
   */
  function esc(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  /** A log axis on whole decades around the values: with one backend min = max and the axis had no range (NaN). */
  function decades(values) {
    var pos = values.filter(function (v) { return v > 0 && isFinite(v); });
    if (pos.length === 0) { return {}; }
    var lo = Math.pow(10, Math.floor(Math.log10(Math.min.apply(null, pos)) + 1e-9));
    // the decade above the largest, one further when it is a power of ten itself (as the slides' axes are bounded)
    var hi = Math.pow(10, Math.floor(Math.log10(Math.max.apply(null, pos)) + 1e-9) + 1);
    return { min: lo, max: hi };
  }

  function valueAxis(name, log, extra) {
    var axis = { type: log ? 'log' : 'value', name: name, nameLocation: 'middle', nameGap: 50,
      axisLabel: { formatter: fmt }, splitLine: { show: true } };
    for (var k in extra || {}) { axis[k] = extra[k]; }
    return axis;
  }

  /** The power of ten strictly below every positive value and low of the points: a log axis's floor. */
  function logFloor(points) {
    var least = Infinity;
    points.forEach(function (p) {
      [p.y, p.low].forEach(function (v) { if (v > 0 && v < least) { least = v; } });
    });
    return isFinite(least) ? Math.pow(10, Math.floor(Math.log10(least) - 1e-9)) : 1;
  }

  function categoryAxis(name, categories, vertical) {
    // 100 px cut "probabilistic-training (fixed)" to "probabilistic-..." and made two compounds look alike
    return { type: 'category', name: name, nameLocation: 'middle', nameGap: vertical ? 170 : 90, data: categories,
      axisLabel: { interval: 0, rotate: vertical ? 0 : 30, width: vertical ? 160 : 220, overflow: 'truncate' } };
  }

  function categories(chart) {
    var seen = [];
    chart.series.forEach(function (s) {
      s.points.forEach(function (p) { if (seen.indexOf(p.category) < 0) { seen.push(p.category); } });
    });
    return seen;
  }

  function errorBars(points, cats) {
    return {
      type: 'custom', name: 'low-high range', z: 5,
      data: points.map(function (p) { return [cats.indexOf(p.category), p.low, p.high]; }),
      encode: { x: 0, y: [1, 2] },
      itemStyle: { color: '#333' },
      renderItem: function (params, api) {
        var lo = api.coord([api.value(0), api.value(1)]);
        var hi = api.coord([api.value(0), api.value(2)]);
        var w = api.size([1, 0])[0] * 0.15;
        var style = { stroke: '#333', lineWidth: 1.5 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: style },
          { type: 'line', shape: { x1: lo[0] - w, y1: lo[1], x2: lo[0] + w, y2: lo[1] }, style: style },
          { type: 'line', shape: { x1: hi[0] - w, y1: hi[1], x2: hi[0] + w, y2: hi[1] }, style: style }
        ] };
      },
      tooltip: { formatter: function (p) { return esc(cats[p.value[0]]) + ': ' + fmt(p.value[1]) + ' - ' + fmt(p.value[2]); } }
    };
  }

  var BUILDERS = {
    BARS_WITH_RANGE: function (c) {
      var cats = categories(c);
      var s = c.series[0];
      if (!c.logY) {
        return {
          xAxis: categoryAxis(c.xAxis, cats, false),
          yAxis: valueAxis(c.yAxis, false),
          series: [{ type: 'bar', name: s.name, data: s.points.map(function (p) { return p.y; }) }, errorBars(s.points, cats)]
        };
      }
      // ECharts starts a bar on a log axis at 1, so a value below 1 hung downward and the smallest one got the longest
      // bar: here each bar rises from the axis floor, the power of ten below the smallest value shown
      var floor = logFloor(s.points);
      return {
        xAxis: categoryAxis(c.xAxis, cats, false),
        yAxis: valueAxis(c.yAxis, true, { min: floor }),
        series: [{ type: 'custom', name: s.name,
          data: s.points.map(function (p) { return [cats.indexOf(p.category), floor, p.y]; }),
          encode: { x: 0, y: [1, 2] },
          renderItem: function (params, api) {
            var base = api.coord([api.value(0), api.value(1)]);
            var top = api.coord([api.value(0), api.value(2)]);
            var w = api.size([1, 0])[0] * 0.6;
            return { type: 'rect', shape: { x: top[0] - w / 2, y: top[1], width: w, height: base[1] - top[1] }, style: api.style() };
          },
          tooltip: { formatter: function (p) { return esc(cats[p.value[0]]) + ': ' + fmt(p.value[2]); } } },
          errorBars(s.points, cats)]
      };
    },
    SCATTER: function (c) {
      var max = 0;
      var xs = [];
      var ys = [];
      c.series.forEach(function (s) {
        s.points.forEach(function (p) { max = Math.max(max, p.size); xs.push(p.x); ys.push(p.y); });
      });
      return {
        xAxis: valueAxis(c.xAxis, c.logX, c.logX ? decades(xs) : { scale: true }),
        yAxis: valueAxis(c.yAxis, c.logY, c.logY ? decades(ys) : { scale: true }),
        series: c.series.map(function (s) {
          return { type: 'scatter', name: s.name,
            data: s.points.map(function (p) { return [p.x, p.y, p.size, p.category]; }),
            // area in proportion to energy (the title says so): the diameter goes with the square root, 3 px at least
            symbolSize: function (d) { return max > 0 ? Math.max(BUBBLE_MIN, BUBBLE_MAX * Math.sqrt(Math.max(0, d[2]) / max)) : 10; },
            label: { show: true, position: 'right', formatter: function (p) { return p.data[3]; } },
            tooltip: { formatter: function (p) {
              return esc(p.data[3]) + ': ' + fmt(p.data[0]) + ' days, $' + fmt(p.data[1]) + ', ' + fmt(p.data[2]) + ' GWh'; } } };
        })
      };
    },
    GANTT: function (c) {
      var cats = categories(c);
      return {
        xAxis: valueAxis(c.xAxis, false),
        // the first backend (the earliest) on top, as a timeline reads and as the slide draws it
        yAxis: Object.assign(categoryAxis(c.yAxis, cats, true), { inverse: true }),
        series: c.series.map(function (s) {
          return { type: 'custom', name: s.name,
            data: s.points.map(function (p) { return [cats.indexOf(p.category), p.low, p.high]; }),
            encode: { x: [1, 2], y: 0 },
            renderItem: function (params, api) {
              var start = api.coord([api.value(1), api.value(0)]);
              var end = api.coord([api.value(2), api.value(0)]);
              var band = api.size([0, 1])[1] * 0.7;
              return { type: 'rect', shape: { x: start[0], y: start[1] - band / 2, width: Math.max(1, end[0] - start[0]),
                height: band }, style: api.style({ opacity: 0.85 }) };
            },
            tooltip: { formatter: function (p) {
              return esc(cats[p.value[0]]) + ', ' + esc(s.name) + ': month ' + fmt(p.value[1]) + ' to ' + fmt(p.value[2]); } } };
        })
      };
    },
    LINES: function (c) {
      var series = c.series.map(function (s) {
        return { type: 'line', name: s.name, showSymbol: true, symbolSize: 4,
          data: s.points.map(function (p) { return [p.x, p.y]; }) };
      });
      if (c.marks.length > 0) {
        series[0].markLine = { symbol: 'none', lineStyle: { type: 'dashed', color: '#555' },
          label: { formatter: function (p) { return p.name; }, position: 'insideEndTop', fontSize: 10 },
          data: c.marks.map(function (m) { var d = { name: m.label }; d[m.axis === 'x' ? 'xAxis' : 'yAxis'] = m.value; return d; }) };
      }
      return {
        xAxis: valueAxis(c.xAxis, c.logX, c.logX ? {} : { min: 'dataMin', max: 'dataMax',
          axisLabel: { formatter: function (v) { return String(v); } } }),
        yAxis: valueAxis(c.yAxis, c.logY),
        series: series
      };
    },
    DISTRIBUTION: function (c) {
      var cats = categories(c);
      var s = c.series[0];
      return {
        xAxis: categoryAxis(c.xAxis, cats, false),
        yAxis: valueAxis(c.yAxis, c.logY, { scale: true }),
        series: [{ type: 'boxplot', name: s.name,
          data: s.points.map(function (p) { return [p.low, p.y, p.x, p.size, p.high]; }),
          tooltip: { formatter: function (p) {
            var d = p.data;
            return esc(cats[p.dataIndex]) + ': min ' + fmt(d[1]) + ', P10 ' + fmt(d[2]) + ', P50 ' + fmt(d[3]) + ', P90 '
              + fmt(d[4]) + ', max ' + fmt(d[5]); } } }]
      };
    },
    STACKED_BARS: function (c) {
      var cats = categories(c);
      return {
        xAxis: categoryAxis(c.xAxis, cats, false),
        yAxis: valueAxis(c.yAxis, false),
        series: c.series.map(function (s) {
          return { type: 'bar', stack: 'all', name: s.name, data: s.points.map(function (p) { return p.y; }) };
        })
      };
    }
  };

  function option(chart) {
    var o = BUILDERS[chart.kind](chart);
    o.color = chart.id === 'mc-rank' ? sequential(chart.series.length) : chart.id === 'audit' ? SEVERITY : PALETTE;
    if (chart.id === 'mc-rank') { o.yAxis.max = 100; } // a probability: the axis ran to 120%
    if (chart.id === 'audit') { o.yAxis.minInterval = 1; } // a count: no tick at 0.5 findings
    o.animation = false;
    o.tooltip = { trigger: 'item', confine: true };
    o.legend = { type: 'scroll', top: 0 };
    o.grid = { left: 70, right: 40, top: 40, bottom: 60, containLabel: true }; // room for the x axis's name below its labels
    return o;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  /** What the browser test reads: per chart id, how many data items ECharts drew. */
  window.cambrianRendered = window.cambrianRendered || {};
  var instances = [];

  function drawChart(chart, into) {
    var figure = el('section', null, 'figure');
    figure.id = 'figure-' + chart.id;
    figure.appendChild(el('h2', chart.title));
    figure.appendChild(el('p', chart.subtitle, 'subtitle'));
    var box = el('div', null, 'chart');
    box.id = 'chart-' + chart.id;
    box.setAttribute('data-chart', chart.id);
    if (chart.kind === 'GANTT') {
      box.style.height = Math.max(380, 22 * categories(chart).length + 140) + 'px';
    }
    figure.appendChild(box);
    figure.appendChild(el('p', 'x: ' + chart.xAxis + '; y: ' + chart.yAxis, 'axes'));
    var sources = el('details');
    sources.appendChild(el('summary', 'Sources (' + chart.sources.length + ')'));
    var list = el('ul');
    chart.sources.forEach(function (s) { list.appendChild(el('li', s)); });
    sources.appendChild(list);
    figure.appendChild(sources);
    into.appendChild(figure);
    var instance = echarts.init(box, null, { renderer: 'svg' });
    instance.setOption(option(chart));
    var items = 0;
    chart.series.forEach(function (s) { items += s.points.length; });
    window.cambrianRendered[chart.id] = { points: items, svgElements: box.querySelectorAll('svg path, svg rect').length };
    instances.push(instance);
  }

  function drawTable(rows, columns, into) {
    var table = el('table');
    var head = el('tr');
    columns.forEach(function (c) { head.appendChild(el('th', c)); });
    table.appendChild(head);
    rows.forEach(function (r) {
      var tr = el('tr');
      columns.forEach(function (c) { tr.appendChild(el('td', r[c])); });
      table.appendChild(tr);
    });
    into.appendChild(table);
  }

  /** Draws a whole report (charts, findings, notes) into the element, replacing what was there. */
  window.cambrianDraw = function (data, into) {
    instances.forEach(function (i) { i.dispose(); });
    instances = [];
    window.cambrianRendered = {};
    into.textContent = '';
    into.appendChild(el('p', data.subtitle, 'subtitle'));
    data.charts.forEach(function (c) { drawChart(c, into); });
    var findings = el('section', null, 'figure');
    findings.id = 'audit-findings';
    findings.appendChild(el('h2', 'Audit findings (' + data.findings.length + ')'));
    drawTable(data.findings, ['severity', 'subject', 'check', 'claim', 'numbers', 'source'], findings);
    into.appendChild(findings);
    var notes = el('section', null, 'figure');
    notes.appendChild(el('h2', 'Notes'));
    var list = el('ul');
    data.notes.forEach(function (n) { list.appendChild(el('li', n)); });
    notes.appendChild(list);
    into.appendChild(notes);
  };

  window.addEventListener('resize', function () { instances.forEach(function (i) { i.resize(); }); });
})();
