// The pact monitor's list of primary schools below the goal, with their contact: sorted by
// municipality (then name), by name or by activities with buttons above the list, as a phone hides
// the table's headings. Ids for browser tests are listed in monitor.js.
import { el, lang, show, t } from './lokaal.js';
import { stacked, tx } from './beheer-basis.js';
import { figureNumber } from './monitor-charts.js';

let shown = { belowGoal: [] };
let sortBy = 'municipality';

const SORTS = {
  municipality: (a, b) => cmp(a.municipality, b.municipality) || cmp(a.name, b.name),
  name: (a, b) => cmp(a.name, b.name) || cmp(a.municipality, b.municipality),
  activities: (a, b) => a.activities - b.activities || SORTS.municipality(a, b),
};

function cmp(a, b) {
  return String(a ?? '').localeCompare(String(b ?? ''), lang(), { sensitivity: 'base' });
}

const SORT_COLUMNS = ['municipality', 'name', 'activities'];

/** A heading that says how the list is sorted; the buttons above the list sort it (phones hide headings). */
function heading(column) {
  return tx('th', 'mon.col.' + column, { scope: 'col', 'aria-sort': sortBy === column ? 'ascending' : null });
}

function sortButtons() {
  return el(
    'div',
    { class: 'choices sort no-print', role: 'group', 'aria-labelledby': 'below-sort' },
    tx('span', 'mon.sortBy', { id: 'below-sort' }),
    SORT_COLUMNS.map((column) =>
      el(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          'aria-pressed': String(sortBy === column),
          dataset: { sort: column },
          onclick: () => ((sortBy = column), renderBelow()),
        },
        t('mon.col.' + column),
      ),
    ),
  );
}

function belowTable() {
  const schools = [...shown.belowGoal].sort(SORTS[sortBy]);
  if (!schools.length) return tx('p', 'mon.noneBelow', { class: 'muted' });
  const contact = (s) =>
    el(
      'div',
      {},
      s.contactName ? el('span', {}, s.contactName) : tx('span', 'mon.noContact', { class: 'muted' }),
      s.contactEmail ? el('br') : null,
      s.contactEmail ? el('a', { href: 'mailto:' + s.contactEmail }, s.contactEmail) : null,
      s.contactPhone ? el('br') : null,
      s.contactPhone ? el('a', { href: 'tel:' + s.contactPhone.replace(/\s+/g, '') }, s.contactPhone) : null,
    );
  const table = el(
    'table',
    {},
    el('thead', {}, el('tr', {}, heading('name'), heading('municipality'), tx('th', 'mon.col.town', { scope: 'col' }))),
    el(
      'tbody',
      {},
      schools.map((s) =>
        el(
          'tr',
          { dataset: { school: s.code } },
          el('td', {}, s.name, el('br'), el('small', { class: 'muted' }, s.code)),
          el('td', {}, s.municipality),
          el('td', {}, s.town),
          el('td', { class: 'num' }, figureNumber(s.activities)),
          el('td', {}, contact(s)),
        ),
      ),
    ),
  );
  table.tHead.rows[0].append(heading('activities'), tx('th', 'mon.col.contact', { scope: 'col' }));
  return stacked(table);
}

export function renderBelow() {
  show('#below-goal', shown.belowGoal.length ? sortButtons() : null, belowTable());
}

/** The section of the monitor's schools below the goal; csvHref downloads the list. Fill it with renderBelow(). */
export function belowSection(monitor, csvHref) {
  shown = monitor;
  return el(
    'section',
    { class: 'card', 'aria-labelledby': 'below-title' },
    el('h2', { id: 'below-title' }, t('mon.below', { goal: monitor.goal })),
    el(
      'div',
      { class: 'actions' },
      el('a', { id: 'below-goal-csv', class: 'button secondary small', href: csvHref }, t('mon.belowCsv')),
    ),
    el('div', { id: 'below-goal', class: 'table-wrap' }),
  );
}
