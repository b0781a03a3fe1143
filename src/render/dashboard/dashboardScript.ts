/**
 * The dashboard's own browser script, as text (the project's TypeScript has no DOM types; this runs
 * only in the page). It reads the data block with JSON.parse and writes commit text with
 * textContent only, never innerHTML, so no commit can inject markup or script.
 */
export const DASHBOARD_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('leverage-data').textContent);

  function fmt(value, digits) {
    if (value === null || value === undefined) return '-';
    return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }
  function factor(value) {
    return value === null || value === undefined ? '-' : value.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 1, useGrouping: false }) + 'x';
  }

  // Chart: hours per period as bars (left axis), the weighted factor as a line (right axis). It
  // follows its box's width (a phone turned, a window resized), and shows only as many period
  // labels as fit side by side at that width, so dates never overlap.
  var chartBox = document.getElementById('chart');
  if (data.periods.length > 0 && typeof uPlot === 'function') {
    var labels = data.periods.map(function (p) { return p.key; });
    var xs = data.periods.map(function (_, i) { return i; });
    var AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = AXIS_FONT;
    var widestLabel = labels.reduce(function (most, label) { return Math.max(most, measure.measureText(label).width); }, 0);
    // Both y-axes start at 0 (a bar or a factor read against a cut axis looks larger than it is).
    var fromZero = function (u, min, max) { var range = uPlot.rangeNum(0, max > 0 ? max : 1, 0.1, true); return [0, range[1]]; };
    var chartHeight = function () { return chartBox.clientWidth < 500 ? 220 : 300; };
    var opts = {
      width: chartBox.clientWidth,
      height: chartHeight(),
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [-0.5, Math.max(0.5, labels.length - 0.5)] }, h: { range: fromZero }, f: { range: fromZero } },
      axes: [
        {
          stroke: '#444',
          font: AXIS_FONT,
          splits: function () { return xs; },
          // One label every so many periods: as many as fit with 16 px between them.
          values: function (u, splits) {
            var slot = u.bbox.width / uPlot.pxRatio / Math.max(1, labels.length);
            var every = Math.max(1, Math.ceil((widestLabel + 16) / slot));
            return splits.map(function (v, i) { return i % every === 0 ? labels[v] : ''; });
          },
        },
        { scale: 'h', stroke: '#2563eb', font: AXIS_FONT, label: 'Human-equivalent hours' },
        { scale: 'f', side: 1, stroke: '#c2410c', font: AXIS_FONT, label: 'Weighted factor (x)', grid: { show: false } },
      ],
      series: [
        {},
        { label: 'Hours', scale: 'h', stroke: '#2563eb', fill: 'rgba(37,99,235,0.35)', width: 1, paths: uPlot.paths.bars({ size: [0.7, 60] }), points: { show: false } },
        { label: 'Factor', scale: 'f', stroke: '#c2410c', width: 2, spanGaps: false, points: { show: true, size: 6 } },
      ],
    };
    var hours = data.periods.map(function (p) { return p.tasks > 0 ? p.hours : null; });
    var factors = data.periods.map(function (p) { return p.factor; });
    var chart = new uPlot(opts, [xs, hours, factors], chartBox);
    // For whoever inspects the page (the browser test does): the uPlot instance.
    window.leverageChart = chart;
    var pending = false;
    var follow = function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        if (chartBox.clientWidth !== chart.width) chart.setSize({ width: chartBox.clientWidth, height: chartHeight() });
      });
    };
    if (typeof ResizeObserver === 'function') new ResizeObserver(follow).observe(chartBox);
    else window.addEventListener('resize', follow);
  } else {
    chartBox.textContent = 'No periods to chart.';
  }

  // Table: sortable by any column, filterable by repository and by text.
  var columns = [
    { key: 'rank', label: '#', num: true, get: function (t) { return t.rank; } },
    { key: 'date', label: 'Date', get: function (t) { return t.date; } },
    { key: 'task', label: 'Task', get: function (t) { return t.task.toLowerCase(); } },
    { key: 'repositories', label: 'Repositories', get: function (t) { return t.repositories.join(' ').toLowerCase(); } },
    { key: 'human', label: 'Human Est.', num: true, get: function (t) { return t.humanMinutes; } },
    { key: 'agent', label: data.agent, num: true, get: function (t) { return t.agentMinutes; } },
    { key: 'sup', label: 'Sup.', num: true, get: function (t) { return t.supervisoryMinutes === null ? -1 : t.supervisoryMinutes; } },
    { key: 'factor', label: 'Factor', num: true, get: function (t) { return t.factor; } },
    { key: 'supFactor', label: 'Sup. Factor', num: true, get: function (t) { return t.supervisoryFactor === null ? -1 : t.supervisoryFactor; } },
    { key: 'commits', label: 'Commits' },
  ];
  var table = document.getElementById('tasks');
  var head = table.createTHead().insertRow();
  var body = table.createTBody();
  var sort = { key: 'rank', dir: 1 };
  columns.forEach(function (column) {
    var th = document.createElement('th');
    th.scope = 'col';
    if (column.num) th.className = 'num';
    if (column.get) {
      // The button fills the cell (see .sortable in the style), so the whole header cell sorts.
      th.classList.add('sortable');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = column.label;
      button.dataset.key = column.key;
      button.addEventListener('click', function () {
        sort = { key: column.key, dir: sort.key === column.key ? -sort.dir : (column.num && column.key !== 'rank' ? -1 : 1) };
        render();
      });
      th.appendChild(button);
    } else {
      th.textContent = column.label;
    }
    th.dataset.key = column.key;
    head.appendChild(th);
  });

  var repoSelect = document.getElementById('repo-filter');
  data.repositories.forEach(function (repo) {
    var option = document.createElement('option');
    option.value = repo;
    option.textContent = repo;
    repoSelect.appendChild(option);
  });
  var textInput = document.getElementById('text-filter');
  repoSelect.addEventListener('change', render);
  textInput.addEventListener('input', render);

  function cell(row, text, className) {
    var td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function render() {
    var repo = repoSelect.value;
    var needle = textInput.value.trim().toLowerCase();
    var column = columns.filter(function (c) { return c.key === sort.key; })[0];
    var rows = data.tasks.filter(function (t) {
      if (repo && t.repositories.indexOf(repo) < 0) return false;
      if (!needle) return true;
      var hay = (t.task + ' ' + (t.taskId || '') + ' ' + t.repositories.join(' ') + ' ' + t.commits.map(function (c) { return c.sha; }).join(' ')).toLowerCase();
      return hay.indexOf(needle) >= 0;
    });
    rows.sort(function (a, b) {
      var x = column.get(a), y = column.get(b);
      return (x < y ? -1 : x > y ? 1 : a.rank - b.rank) * sort.dir;
    });
    Array.prototype.forEach.call(head.cells, function (th) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    body.textContent = '';
    if (rows.length === 0) {
      var empty = cell(body.insertRow(), data.tasks.length === 0 ? 'No tasks in this report.' : 'No task matches these filters. Clear the search or pick another repository.', 'empty');
      empty.colSpan = columns.length;
    }
    rows.forEach(function (t) {
      var row = body.insertRow();
      cell(row, String(t.rank), 'num');
      cell(row, t.date);
      var taskCell = cell(row, t.task, 'task');
      if (t.taskId) {
        var id = document.createElement('span');
        id.className = 'task-id';
        id.textContent = t.taskId;
        taskCell.appendChild(id);
      }
      cell(row, t.repositories.join(', '));
      cell(row, fmt(t.humanMinutes / 60, 2) + 'h', 'num');
      cell(row, fmt(t.agentMinutes, 2) + 'm', 'num');
      cell(row, t.supervisoryMinutes === null ? '-' : fmt(t.supervisoryMinutes, 2) + 'm', 'num');
      cell(row, factor(t.factor), 'num');
      cell(row, factor(t.supervisoryFactor), 'num');
      var commits = row.insertCell();
      commits.className = 'commits';
      t.commits.forEach(function (c) {
        var link;
        // Only links the generator built (https://github.com/...) become anchors.
        if (c.url && c.url.indexOf('https://github.com/') === 0) {
          link = document.createElement('a');
          link.href = c.url;
          link.rel = 'noopener noreferrer';
        } else {
          link = document.createElement('code');
        }
        link.textContent = c.sha.slice(0, 7);
        link.title = c.repo + ': ' + c.subject;
        commits.appendChild(link);
        commits.appendChild(document.createTextNode(' '));
      });
    });
    document.getElementById('shown').textContent = rows.length + ' of ' + data.tasks.length + ' tasks';
  }
  render();
})();
`;
