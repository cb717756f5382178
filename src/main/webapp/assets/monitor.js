// The pact monitor (monitor.html?regio=&jaar=) for organisers: where a region stands in a school
// year against goal 1.1 (primary schools with 0, 1 and 2+ attended activities), the schools below
// the goal with their contact, what was reached per level, municipality and kind, hosts per sector,
// ratings per kind, and the earlier years beside it. Figures are monitor-charts.js's, the list below
// the goal monitor-below.js's.
//
// Ids for browser tests:
//   #m-region, #m-year   the choice (administrators also have region "all"); the page reloads on change
//   #export-xlsx, #export-csv   the year's export in the page's language
//   #monitor             dd[data-stat="<field of the API>"], section[data-figure="goal|comparison|level|
//                        municipality|kind|rating|sector"], #below-goal (rows tr[data-school="<code>"],
//                        sort buttons button[data-sort="municipality|name|activities"][aria-pressed], #below-goal-csv)
import { api, el, fail, lang, query, requireRole, show, start, t, today } from './lokaal.js';
import { regionsOf, tx } from './beheer-basis.js';
import { BAND_COLOURS, discard, draw, figure, figureNumber } from './monitor-charts.js';
import { belowSection, renderBelow } from './monitor-below.js';

const YEARS_SHOWN = 6;
const YEAR_FORMAT = /^(\d{4})-(\d{4})$/;
const regionPicker = document.querySelector('#m-region');
const yearPicker = document.querySelector('#m-year');
let caller;
let monitor = null;
let goalYears = [];

function currentYear() {
  const [y, m] = today().split('-').map(Number);
  return m >= 8 ? y : y - 1;
}

function yearText(first) {
  return first + '-' + (first + 1);
}

function fillPickers(own) {
  const asked = query('regio');
  const codes = [...(caller.role === 'ADMIN' ? ['all'] : []), ...own.map((r) => r.code)];
  const region = codes.includes(asked) ? asked : codes[0];
  show(
    regionPicker,
    codes.map((c) =>
      c === 'all'
        ? tx('option', 'mon.allRegions', { value: c, selected: c === region })
        : el('option', { value: c, selected: c === region }, own.find((r) => r.code === c).name),
    ),
  );
  const now = currentYear();
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => now - i);
  const match = YEAR_FORMAT.exec(query('jaar') || '');
  const chosen = match && Number(match[2]) === Number(match[1]) + 1 ? Number(match[1]) : now;
  if (!years.includes(chosen)) years.push(chosen);
  show(
    yearPicker,
    years.map((y) => el('option', { value: yearText(y), selected: y === chosen }, yearText(y))),
  );
}

function exportLink(format, table) {
  const params = new URLSearchParams({ year: yearPicker.value, format, lang: lang() });
  if (table) params.set('table', table);
  return '/api/regions/' + encodeURIComponent(regionPicker.value) + '/monitor/export?' + params;
}

function stat(field, key, digits = 0, unit = '') {
  return el(
    'div',
    {},
    tx('dt', key),
    el('dd', { dataset: { stat: field } }, figureNumber(monitor[field], digits), unit ? el('small', {}, unit) : null),
  );
}

function stats() {
  return el(
    'dl',
    { class: 'stats' },
    stat('primarySchools', 'mon.stat.primarySchools'),
    stat('primaryWithTwoOrMore', 'mon.stat.primaryWithTwoOrMore'),
    stat('goalPercentage', 'mon.stat.goalPercentage', 1, ' %'),
    stat('schoolsInRegister', 'mon.stat.schoolsInRegister'),
    stat('activitiesAttended', 'mon.stat.activitiesAttended'),
    stat('groupsReached', 'mon.stat.groupsReached'),
    stat('pupilsReached', 'mon.stat.pupilsReached'),
    stat('attendanceUnknown', 'mon.stat.attendanceUnknown'),
    stat('absent', 'mon.stat.absent'),
    stat('planned', 'mon.stat.planned'),
  );
}

function bands(y) {
  return [y.primaryWithNone, y.primaryWithOne, y.primaryWithTwoOrMore];
}

const BAND_KEYS = ['mon.band.none', 'mon.band.one', 'mon.band.two'];
const BAND_ROWS = ['none', 'one', 'twoOrMore'];

function goalFigure() {
  const counts = bands(monitor);
  const share = (n) => (monitor.primarySchools ? (100 * n) / monitor.primarySchools : 0);
  return figure('goal', 'mon.goal', {
    columns: ['mon.col.band', 'mon.col.schools', 'mon.col.share'],
    rows: counts.map((n, i) => ({
      key: BAND_ROWS[i],
      cells: [t(BAND_KEYS[i]), figureNumber(n), figureNumber(share(n), 1) + ' %'],
    })),
    chart: {
      type: 'doughnut',
      labels: BAND_KEYS.map((k) => t(k)),
      datasets: [{ labelKey: 'mon.col.schools', data: counts, colours: BAND_COLOURS }],
    },
    hintKey: monitor.primarySchools ? null : 'mon.noRegister',
  });
}

function comparisonFigure() {
  const years = goalYears;
  return figure('comparison', 'mon.comparison', {
    columns: ['mon.col.year', 'mon.band.none', 'mon.band.one', 'mon.band.two', 'mon.col.share', 'mon.col.pupils'],
    rows: years.map((y) => ({
      key: y.year,
      cells: [y.year, ...bands(y).map((n) => figureNumber(n)), figureNumber(y.goalPercentage, 1) + ' %'].concat(
        figureNumber(y.pupilsReached),
      ),
    })),
    chart: {
      type: 'bar',
      stacked: true,
      labels: years.map((y) => y.year),
      datasets: BAND_KEYS.map((k, i) => ({
        labelKey: k,
        data: years.map((y) => bands(y)[i]),
        colours: BAND_COLOURS[i],
      })),
    },
    stack: true,
  });
}

/** A figure of one of the monitor's lists of reach: chart of one column, table of several. */
function reachFigure(name, list, { columns, fields, charted, horizontal = false, max }) {
  const chartedIndex = fields.indexOf(charted);
  return figure(name, 'mon.' + name, {
    columns: ['mon.col.' + name, ...columns],
    rows: list.map((r) => ({
      key: r.key,
      cells: [r.label, ...fields.map((f) => figureNumber(r[f], f === 'averageRating' ? 1 : 0))],
    })),
    chart: {
      type: 'bar',
      horizontal,
      max,
      labels: list.map((r) => r.label),
      datasets: [{ labelKey: columns[chartedIndex], data: list.map((r) => r[charted] ?? 0) }],
    },
    hintKey: list.length ? null : 'mon.nothing',
    stack: columns.length >= 3,
  });
}

function reachFigures() {
  const reach = {
    columns: ['mon.col.activities', 'mon.col.groups', 'mon.col.pupils'],
    fields: ['activities', 'groups', 'pupils'],
    charted: 'pupils',
  };
  return [
    reachFigure('level', monitor.byLevel, reach),
    reachFigure('municipality', monitor.byMunicipality, { ...reach, horizontal: true }),
    reachFigure('kind', monitor.byKind, reach),
    reachFigure('sector', monitor.hostsBySector, {
      columns: ['mon.col.hosts', 'mon.col.activities', 'mon.col.pupils'],
      fields: ['hosts', 'activities', 'pupils'],
      charted: 'hosts',
      horizontal: true,
    }),
    reachFigure('rating', monitor.byKind, {
      columns: ['mon.col.averageRating', 'mon.col.ratings'],
      fields: ['averageRating', 'ratings'],
      charted: 'averageRating',
      max: 5,
    }),
  ];
}

function render() {
  if (!monitor) return;
  const place = monitor.regionName || t('mon.allRegions');
  show('#monitor-heading', t('mon.heading', { region: place, year: monitor.year }));
  document.querySelector('#export-xlsx').href = exportLink('xlsx');
  document.querySelector('#export-csv').href = exportLink('csv');
  discard();
  show(
    '#monitor',
    stats(),
    goalFigure(),
    belowSection(monitor, exportLink('csv', 'belowGoal')),
    reachFigures(),
    comparisonFigure(),
  );
  renderBelow();
  draw();
}

async function reload() {
  const region = regionPicker.value;
  const year = yearPicker.value;
  history.replaceState(null, '', '?' + new URLSearchParams({ regio: region, jaar: year }));
  try {
    const path = 'regions/' + encodeURIComponent(region) + '/monitor';
    const query = '?year=' + encodeURIComponent(year);
    // The year and its comparison with the years before it come apart: the comparison reads five years.
    [monitor, goalYears] = await Promise.all([api('GET', path + query), api('GET', path + '/years' + query)]);
    render();
  } catch (error) {
    monitor = null;
    show('#monitor');
    fail(error);
  }
}

async function load() {
  caller = await requireRole('ORGANISER', 'ADMIN');
  await start();
  try {
    const { own } = await regionsOf(caller);
    fillPickers(own);
    await reload();
  } catch (error) {
    fail(error);
  }
}

regionPicker.addEventListener('change', reload);
yearPicker.addEventListener('change', reload);
document.querySelector('#monitor-choice').addEventListener('submit', (e) => e.preventDefault());
document.addEventListener('lokaal:language', reload);
load();
