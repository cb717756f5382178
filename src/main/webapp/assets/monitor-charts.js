// The pact monitor's figures: a chart drawn by Chart.js (monitor.html loads it from the WAR as the
// global Chart) with its numbers in a table beside it, which screen readers read and paper shows.
//
// Ids for browser tests: each figure is section[data-figure="<name>"] with a canvas and a table whose
// body rows are tr[data-key]; the chart of a canvas is Chart.getChart(canvas).
import { el, lang, t } from './lokaal.js';
import { number, stacked, tx } from './beheer-basis.js';

/** Colours of lokaal.css: the goal's three bands (0, 1, 2+) and the series of other charts. */
export const BAND_COLOURS = ['#b3261e', '#f2a900', '#0b6e4f'];
const SERIES = ['#0b6e4f', '#3a7bd5', '#f2a900', '#8e44ad', '#b3261e', '#5b6476'];

const drawn = [];
let waiting = [];

/** A number in the reader's language; a dash for none (an average nobody rated). */
export function figureNumber(value, digits = 0) {
  return value === null || value === undefined ? '–' : number(value, digits);
}

/**
 * One figure: its heading, a canvas and a table of the same numbers. columns are text keys, rows
 * are {key, cells}; chart is {type, labels, datasets: [{labelKey, data, colours?}], horizontal,
 * stacked, max}. The chart is drawn by draw(), once the figure is in the page.
 */
export function figure(name, titleKey, { columns, rows, chart, stack = false, hintKey = null }) {
  const tableId = 'table-' + name;
  const canvas = el('canvas', {
    role: 'img',
    'aria-label': t(titleKey),
    'aria-describedby': tableId,
  });
  const box = el('div', { class: 'chart-box' }, canvas);
  // Horizontal bars need room for every label; the height is set through the style object, which
  // the Content-Security-Policy allows (a style attribute it would refuse).
  if (chart.horizontal) box.style.height = Math.max(14, 2 + rows.length * 1.9) + 'rem';
  const table = el(
    'table',
    { id: tableId, class: 'figures' },
    el('caption', { class: 'print-only' }, t(titleKey)),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        columns.map((c) => tx('th', c, { scope: 'col' })),
      ),
    ),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el(
          'tr',
          { dataset: { key: r.key ?? '' } },
          r.cells.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', { class: 'num' }, cell))),
        ),
      ),
    ),
  );
  if (stack) stacked(table);
  // Nothing to chart: the table (with its hint) says so alone.
  if (rows.length) waiting.push(() => drawChart(canvas, chart));
  return el(
    'section',
    { class: 'card figure', dataset: { figure: name }, 'aria-labelledby': 'title-' + name },
    tx('h2', titleKey, { id: 'title-' + name }),
    hintKey ? tx('p', hintKey, { class: 'hint' }) : null,
    el('div', { class: 'figure-body' }, rows.length ? box : null, el('div', { class: 'table-wrap' }, table)),
  );
}

/** Draws the charts of the figures made since the last call; the ones drawn before are let go. */
export function draw() {
  while (drawn.length) drawn.pop().destroy();
  const pending = waiting;
  waiting = [];
  if (typeof Chart === 'undefined') {
    // Without the library the tables still tell everything.
    document.querySelectorAll('section.figure .chart-box').forEach((b) => (b.hidden = true));
    return;
  }
  pending.forEach((make) => drawn.push(make()));
}

/** Forgets figures that were made but never shown. */
export function discard() {
  waiting = [];
}

function drawChart(canvas, { type, labels, datasets, horizontal = false, stacked: stack = false, max }) {
  const round = type === 'doughnut';
  const scale = { stacked: stack, beginAtZero: true, ticks: { precision: max ? 1 : 0 } };
  if (max) scale.max = max;
  return new Chart(canvas, {
    type,
    data: {
      labels,
      datasets: datasets.map((d, i) => ({
        label: t(d.labelKey),
        data: d.data,
        backgroundColor: d.colours || SERIES[i % SERIES.length],
        borderColor: round ? '#ffffff' : d.colours || SERIES[i % SERIES.length],
        borderWidth: round ? 2 : 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: lang(),
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: round || datasets.length > 1, position: 'bottom' } },
      scales: round ? {} : horizontal ? { x: scale, y: { stacked: stack } } : { x: { stacked: stack }, y: scale },
    },
  });
}
