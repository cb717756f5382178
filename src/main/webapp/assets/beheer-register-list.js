// The region's register of schools as a table on beheer.html, filterable by municipality, kind and
// open or closed, with whether each school signed up for Lokaal.
//
// Ids for browser tests:
//   #register           rows tr[data-code][data-closed][data-signed-up]; filters #register-municipality,
//                       #register-kind, #register-closed
import { date, el, show, t } from './lokaal.js';
import { head, stacked, tx } from './beheer-basis.js';

const KINDS = ['PO', 'VO', 'SO'];
const SHORT = { day: 'numeric', month: 'short', year: 'numeric' };

/** The list under #register; set(schools) shows a region's register, render() draws it again. */
export function registerList() {
  let schools = [];

  function filters() {
    const municipality = document.querySelector('#register-municipality');
    const kind = document.querySelector('#register-kind');
    const chosen = { municipality: municipality.value, kind: kind.value };
    const names = [...new Set(schools.map((s) => s.municipality))].sort((a, b) => a.localeCompare(b));
    show(
      municipality,
      el('option', { value: '' }, t('reg.all')),
      names.map((m) => el('option', { value: m, selected: m === chosen.municipality }, m)),
    );
    show(
      kind,
      el('option', { value: '' }, t('reg.all')),
      KINDS.map((k) => el('option', { value: k, selected: k === chosen.kind }, t('reg.kind.' + k))),
    );
  }

  function renderList() {
    const municipality = document.querySelector('#register-municipality').value;
    const kind = document.querySelector('#register-kind').value;
    const closedToo = document.querySelector('#register-closed').checked;
    const shown = schools.filter(
      (s) =>
        (!municipality || s.municipality === municipality) && (!kind || s.kind === kind) && (closedToo || !s.closed),
    );
    if (!schools.length) {
      show('#register', tx('p', 'reg.none', { class: 'muted' }));
      return;
    }
    const address = (s) => [s.street, [s.postcode, s.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    show(
      '#register',
      el('p', { class: 'muted' }, t('reg.count', { shown: shown.length, total: schools.length })),
      stacked(
        el(
          'table',
          {},
          head('reg.col.', 'code', 'name', 'kind', 'address', 'municipality', 'status', 'signedUp'),
          el(
            'tbody',
            {},
            shown.map((s) =>
              el(
                'tr',
                { dataset: { code: s.code, closed: s.closed, signedUp: s.signedUp } },
                el('td', {}, s.code),
                el('td', {}, s.name),
                el('td', {}, t('reg.kind.' + s.kind)),
                el('td', {}, address(s)),
                el('td', {}, s.municipality),
                el('td', {}, s.closed ? t('reg.closedOn', { day: date(s.closedOn, SHORT) }) : t('reg.open')),
                el('td', {}, t(s.signedUp ? 'reg.yes' : 'reg.no')),
              ),
            ),
          ),
        ),
      ),
    );
  }

  for (const id of ['#register-municipality', '#register-kind', '#register-closed']) {
    document.querySelector(id).addEventListener('change', renderList);
  }

  return {
    set(register) {
      schools = register;
      filters();
      renderList();
    },
    render() {
      filters();
      renderList();
    },
  };
}
