// The public page of one edition: what it is, when, for whom, how to take part, and (for shows and
// centre visits) the sessions with the seats still free.
// Element ids for browser tests: #edition (the article), #signup-school and #signup-company (links to
// the sign-up form), #ask-link (to the sign-in page), #sessions (table of sessions, rows data-session=<id>).
import { api, date, el, fail, query, show, start, t, time, today } from './lokaal.js';

let edition = null;
let regions = [];
let sessions = [];
let caller = null;

/** Whether schools (and companies) can sign up today. */
function registrationOpen(e) {
  return e.status === 'OPEN' && e.registrationOpens <= today() && today() <= e.registrationCloses;
}

function facts(e) {
  const region = regions.find((r) => r.code === e.region)?.name || e.region;
  const row = (key, value) => [el('dt', {}, t(key)), el('dd', {}, value)];
  return el(
    'dl',
    { class: 'facts' },
    row('edition.when', t('edition.period', { from: date(e.firstDay), to: date(e.lastDay) })),
    row('edition.levels', e.allowedLevels.map((l) => t('level.' + l)).join(', ')),
    row('edition.region', region),
    row(
      'edition.registration',
      t('edition.period', { from: date(e.registrationOpens), to: date(e.registrationCloses) }),
    ),
    row('edition.status', t('status.' + e.status)),
  );
}

function howToTakePart(e) {
  const steps =
    e.kind === 'COMPANY_VISITS'
      ? ['COMPANY_VISITS.1', 'COMPANY_VISITS.2', 'COMPANY_VISITS.3']
      : ['booked.1', 'booked.2', 'booked.3'];
  let actions;
  if (registrationOpen(e)) {
    actions = el(
      'div',
      { class: 'actions' },
      el(
        'a',
        { id: 'signup-school', class: 'button', href: `/aanmelden.html?editie=${e.id}&als=school` },
        t('edition.signupSchool'),
      ),
      e.kind === 'COMPANY_VISITS'
        ? el(
            'a',
            { id: 'signup-company', class: 'button', href: `/aanmelden.html?editie=${e.id}&als=bedrijf` },
            t('edition.signupCompany'),
          )
        : null,
    );
  } else {
    actions = el(
      'p',
      { class: 'notice' },
      today() < e.registrationOpens && e.status !== 'CLOSED'
        ? t('edition.opensOn', { date: date(e.registrationOpens) })
        : t('edition.closedNow'),
    );
  }
  const mine = caller && (caller.role === 'SCHOOL' || caller.role === 'COMPANY');
  return el(
    'section',
    { 'aria-labelledby': 'how' },
    el('h2', { id: 'how' }, t('edition.how')),
    el(
      'ol',
      {},
      steps.map((s) => el('li', {}, t('edition.how.' + s))),
    ),
    actions,
    el(
      'p',
      {},
      mine
        ? el('a', { href: '/mijn.html' }, t('edition.mine'))
        : el('a', { id: 'ask-link', href: '/inloggen.html' }, t('edition.already')),
    ),
  );
}

function sessionTable(e) {
  if (e.kind === 'COMPANY_VISITS') return null;
  const sorted = [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  const heading = el('h2', { id: 'sessions-title' }, t('edition.sessions.' + e.kind));
  if (!sorted.length) return el('section', {}, heading, el('p', { class: 'muted' }, t('edition.noSessions')));
  return el(
    'section',
    { 'aria-labelledby': 'sessions-title' },
    heading,
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { id: 'sessions' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['edition.col.day', 'edition.col.time', 'edition.col.place', 'edition.col.free'].map((k) =>
              el('th', { scope: 'col' }, t(k)),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          sorted.map((s) =>
            el(
              'tr',
              { dataset: { session: s.id } },
              el('td', {}, date(s.date, { weekday: 'short', day: 'numeric', month: 'short' })),
              el('td', {}, time(s.start) + '–' + time(s.end)),
              el('td', {}, s.online ? t('edition.online') : s.place),
              el(
                'td',
                {},
                s.seatsLeft > 0 && s.groupsLeft > 0
                  ? t('edition.free', { left: s.seatsLeft, seats: s.seats })
                  : el('span', { class: 'badge wait' }, t('edition.full')),
                s.waiting ? el('span', { class: 'hint' }, ' · ' + t('edition.waiting', { n: s.waiting })) : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function render() {
  if (!edition) return;
  document.title = 'Lokaal – ' + edition.name;
  show(
    '#edition',
    el('h1', {}, edition.name),
    el(
      'p',
      {},
      el('span', { class: 'badge' }, t('kind.' + edition.kind)),
      ' ',
      el('span', { class: 'badge ' + (registrationOpen(edition) ? 'ok' : '') }, t('status.' + edition.status)),
    ),
    el('h2', {}, t('edition.what')),
    el('p', {}, t('edition.about.' + edition.kind)),
    facts(edition),
    howToTakePart(edition),
    sessionTable(edition),
  );
}

async function load() {
  caller = await start();
  const id = query('id');
  try {
    [edition, regions] = await Promise.all([
      api('GET', 'editions/' + encodeURIComponent(id || '0')),
      api('GET', 'regions'),
    ]);
    if (edition.kind !== 'COMPANY_VISITS') sessions = await api('GET', `editions/${edition.id}/sessions`);
    render();
  } catch (error) {
    show('#edition', el('h1', {}, t('error.notfound')));
    fail(error);
  }
}

document.addEventListener('lokaal:language', render);
load();
