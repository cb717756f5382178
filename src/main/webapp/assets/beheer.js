// The organiser's home (beheer.html): the editions of their region(s) with status, a form to create
// one, and for administrators the organiser accounts.
//
// Ids for browser tests:
//   #editions        table of editions; rows tr[data-edition="<id>"], each with a link a.edition-link
//   #edition-form    creates an edition, then opens beheer-editie.html?id=<new id>
//   #organisers      (administrators) table of accounts; rows tr[data-organiser="<id>"]
//   #organiser-form  (administrators) adds an account
//   #register-section the region's register of schools (beheer-register.js)
//   #monitor-link    opens the pact monitor (monitor.html)
import { api, date, el, fail, notice, onSubmit, requireRole, show, start, t, translate } from './lokaal.js';
import { editionFields, regionsOf, stacked, tx } from './beheer-basis.js';
import { registerPanel } from './beheer-register.js';

const SHORT = { day: 'numeric', month: 'short', year: 'numeric' };
let caller;
let regions = [];
let own = [];
let editions = [];
let organisers = null;
let register = { rerender() {} };

function regionName(code) {
  return regions.find((r) => r.code === code)?.name || code;
}

function renderWho() {
  const names = caller.role === 'ADMIN' ? t('home.o.allRegions') : own.map((r) => r.name).join(', ');
  show('#who', t('home.who', { role: t('role.' + caller.role), regions: names }));
}

function renderEditions() {
  const codes = own.map((r) => r.code);
  const mine = editions
    .filter((e) => codes.includes(e.region))
    .sort((a, b) => b.firstDay.localeCompare(a.firstDay) || b.id - a.id);
  if (!mine.length) {
    show('#editions', tx('p', 'home.none', { class: 'muted' }));
    return;
  }
  const range = (from, to) => t('home.range', { from: date(from, SHORT), to: date(to, SHORT) });
  const badge = (status) =>
    el(
      'span',
      { class: 'badge ' + ({ OPEN: 'ok', ALLOCATED: 'wait', PUBLISHED: 'ok' }[status] || '') },
      t('status.' + status),
    );
  show(
    '#editions',
    stacked(
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['name', 'kind', 'region', 'period', 'registration', 'status'].map((c) =>
              tx('th', 'home.col.' + c, { scope: 'col' }),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          mine.map((e) =>
            el(
              'tr',
              { dataset: { edition: e.id, status: e.status } },
              el('td', {}, el('a', { class: 'edition-link', href: '/beheer-editie.html?id=' + e.id }, e.name)),
              el('td', {}, t('kind.' + e.kind)),
              el('td', {}, regionName(e.region)),
              el('td', {}, range(e.firstDay, e.lastDay)),
              el('td', {}, range(e.registrationOpens, e.registrationCloses)),
              el('td', {}, badge(e.status)),
            ),
          ),
        ),
      ),
    ),
  );
}

function renderOrganisers() {
  if (!organisers) return;
  document.querySelector('#organisers-section').hidden = false;
  const picker = document.querySelector('#o-region');
  const chosen = picker.value;
  show(
    picker,
    el('option', { value: '' }, '–'),
    regions.map((r) => el('option', { value: r.code, selected: r.code === chosen }, r.name)),
  );
  show(
    '#organisers',
    stacked(
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['name', 'email', 'role', 'region', 'active'].map((c) => tx('th', 'home.o.' + c, { scope: 'col' })),
          ),
        ),
        el(
          'tbody',
          {},
          organisers.map((o) =>
            el(
              'tr',
              { dataset: { organiser: o.id } },
              el('td', {}, o.name),
              el('td', {}, o.email),
              el('td', {}, t('role.' + o.role)),
              el('td', {}, o.region ? regionName(o.region) : t('home.o.allRegions')),
              el('td', {}, t(o.active ? 'home.yes' : 'home.no')),
            ),
          ),
        ),
      ),
    ),
  );
}

function render() {
  renderWho();
  renderEditions();
  renderOrganisers();
  register.rerender();
}

async function load() {
  caller = await requireRole('ORGANISER', 'ADMIN');
  await start();
  try {
    ({ regions, own } = await regionsOf(caller));
    editions = await api('GET', 'editions');
    const form = document.querySelector('#edition-form');
    form.prepend(...editionFields('new-', null, own));
    translate(form);
    if (caller.role === 'ADMIN') organisers = await api('GET', 'organisers');
    register = registerPanel(own);
    render();
  } catch (error) {
    fail(error);
  }
}

onSubmit(
  document.querySelector('#edition-form'),
  (v) => api('POST', 'editions', v),
  (edition) => {
    location.href = '/beheer-editie.html?id=' + edition.id;
  },
);

onSubmit(
  document.querySelector('#organiser-form'),
  (v) => api('POST', 'organisers', v),
  async (added, form) => {
    form.reset();
    notice(t('home.o.added', { name: added.name }));
    organisers = await api('GET', 'organisers');
    renderOrganisers();
  },
);

document.addEventListener('lokaal:language', render);
load();
