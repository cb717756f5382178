// The signed-in school's page: per edition its class groups (register, change, withdraw) with their
// status and visits, booking sessions for shows and centre visits, the schedule, its calendar feed
// and its own details.
// Element ids for browser tests: #edition-picker (when the school takes part in several editions),
// #edition (with #others, the region's open editions it is not in: [data-edition=<id>] with a .join
// button), #groups (each group [data-group=<id>] with .status, .edit, .withdraw and, per booking,
// .cancel-booking), #add-group, #group-form (inputs named as GroupRequest: name, level, pupils,
// teacherName, teacherEmail, teacherPhone, teacherLanguage, days, transport, reachKm; wishes in
// #wishes, the offer in #offer-list [data-company=<id>] with a "choose" button), #group-submit,
// #sessions (rows [data-session=<id>] with a .book button), #booking-form (groupId, pupils,
// waitIfFull), #schedule (with #schedule-xlsx: every group and visit as Excel), #calendar-make,
// #calendar (a.download, a.subscribe), #school-form. Opened with ?boeking=<id> (the link in a booking
// mail), the group card holding that booking is marked .linked and its cancel button has the focus.
import { api, date, el, fail, lang, notice, query, requireRole, show, start, t, time, today } from './lokaal.js';
import { calendarFeed, fillProfile, otherEditions, profileForm } from './profiel.js';
import { closeGroupForm, openGroupForm, retranslateGroupForm, setupGroupForm } from './school-group-form.js';
import { openBookingLink } from './school-booking-link.js';
import { refreshSessions, retranslateSessions, setupBookingForm, showSessions } from './school-sessions.js';

const state = { school: null, editions: [], others: [], edition: null, groups: [], placements: [], names: new Map() };
const profile = document.querySelector('#school-form');
const renderCalendar = calendarFeed(() => ({ kind: 'SCHOOL', id: state.school.id }));

const shortDay = (d) => date(d, { weekday: 'short', day: 'numeric', month: 'short' });
const changeable = (e) => e.status === 'OPEN' && e.registrationOpens <= today() && today() <= e.registrationCloses;
const statusBadge = { REGISTERED: '', PLACED: 'ok', WAITING: 'wait' };

function renderEditionChoice() {
  const box = document.querySelector('#edition-choice');
  box.hidden = state.editions.length < 2;
  show(
    '#edition-picker',
    state.editions.map((e) => el('option', { value: e.id, selected: e.id === state.edition?.id }, e.name)),
  );
}

function renderEdition() {
  const e = state.edition;
  if (!e) {
    show('#edition', el('p', {}, t('school.noEditions')), others());
    return;
  }
  show(
    '#edition',
    el('h2', {}, e.name),
    el(
      'p',
      {},
      el('span', { class: 'badge' }, t('kind.' + e.kind)),
      ' ',
      el('span', { class: 'badge' }, t('status.' + e.status)),
      ' ',
      t('school.period', { from: date(e.firstDay), to: date(e.lastDay) }),
    ),
    el(
      'p',
      { class: changeable(e) ? 'hint' : 'notice' },
      changeable(e) ? t('school.registrationUntil', { date: date(e.registrationCloses) }) : t('school.closed'),
    ),
    others(),
  );
  document.querySelector('#add-group').hidden = !changeable(e);
}

/** Open editions of the region the school is not in yet, each with a button to take part. */
function others() {
  return otherEditions(state.others, {
    open: !state.edition,
    className: 'no-print',
    texts: {
      summary: t('school.others'),
      join: t('school.join'),
      joinName: (name) => t('school.joinName', { name }),
    },
    join,
  });
}

async function join(edition) {
  try {
    const joined = await api('PUT', `schools/${state.school.id}/editions/${edition.id}`);
    Object.assign(state, {
      editions: [joined, ...state.editions],
      others: state.others.filter((o) => o.id !== joined.id),
    });
    await chooseEdition(joined.id);
    notice(t('school.joined', { name: joined.name }));
  } catch (error) {
    fail(error);
  }
}

function visitLine(b) {
  const when = { day: shortDay(b.date), time: time(b.start) + '–' + time(b.end) };
  const where = [b.place, b.address].filter(Boolean).join(', ');
  return el(
    'div',
    { class: 'visit', dataset: { booking: b.id } },
    el(
      'p',
      {},
      el('strong', {}, t(b.status === 'CONFIRMED' ? 'school.visit' : 'school.waitingFor', when)),
      where ? el('br') : null,
      where,
      b.joinLink ? [' · ', el('a', { href: b.joinLink, rel: 'noopener' }, t('school.joinLink'))] : null,
    ),
    state.edition.kind !== 'COMPANY_VISITS'
      ? el(
          'button',
          { type: 'button', class: 'danger small cancel-booking', onclick: () => cancelBooking(b) },
          t(b.status === 'CONFIRMED' ? 'school.cancelBooking' : 'school.leaveWaiting'),
        )
      : null,
  );
}

/** Booked editions say "booked" where allocated ones say "placed". */
function statusText(status) {
  return t(
    status === 'PLACED' && state.edition.kind !== 'COMPANY_VISITS' ? 'groupstatus.BOOKED' : 'groupstatus.' + status,
  );
}

function groupCard(g) {
  const placement = state.placements.find((p) => p.groupId === g.id) || { status: 'REGISTERED', bookings: [] };
  const open = changeable(state.edition);
  const wishes = g.wishes.map((id, i) => i + 1 + '. ' + (state.names.get(id) || '#' + id)).join(', ');
  return el(
    'li',
    { class: 'card group', dataset: { group: g.id } },
    el(
      'h3',
      {},
      g.name,
      ' ',
      el(
        'span',
        { class: 'badge status ' + statusBadge[placement.status], dataset: { status: placement.status } },
        statusText(placement.status),
      ),
    ),
    el('p', {}, t('level.' + g.level), ' · ', t('school.pupils', { n: g.pupils })),
    el(
      'p',
      { class: 'hint' },
      t('school.teacher', { who: [g.teacherName, g.teacherEmail, g.teacherPhone].filter(Boolean).join(', ') }),
    ),
    el('p', { class: 'hint' }, t('school.days', { days: g.days.map(shortDay).join(', ') })),
    state.edition.kind === 'COMPANY_VISITS' && g.wishes.length
      ? el('p', { class: 'hint' }, t('school.wishes', { names: wishes }))
      : null,
    placement.bookings.map(visitLine),
    placement.status === 'WAITING' && !placement.bookings.length
      ? el('p', { class: 'notice wait' }, t('school.waitingAllocated'))
      : null,
    open
      ? el(
          'div',
          { class: 'actions no-print' },
          el(
            'button',
            {
              type: 'button',
              class: 'secondary small edit',
              'aria-label': t('school.editName', { name: g.name }),
              onclick: () => openGroupForm(state.edition, state.school, g),
            },
            t('school.edit'),
          ),
          el(
            'button',
            {
              type: 'button',
              class: 'danger small withdraw',
              'aria-label': t('school.withdrawName', { name: g.name }),
              onclick: () => withdraw(g),
            },
            t('school.withdraw'),
          ),
        )
      : null,
  );
}

function renderGroups() {
  if (!state.edition) {
    show('#groups');
    return;
  }
  show(
    '#groups',
    state.groups.length
      ? el('ul', { class: 'groups' }, state.groups.map(groupCard))
      : el('p', { class: 'muted' }, t('school.noGroups')),
  );
}

function renderSchedule() {
  const visits = state.placements
    .flatMap((p) => p.bookings.filter((b) => b.status === 'CONFIRMED').map((b) => ({ ...b, group: p.group })))
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  if (!visits.length) {
    show('#schedule', el('p', { class: 'muted' }, t('schedule.none')));
    return;
  }
  const head = ['schedule.col.day', 'schedule.col.time', 'schedule.col.group', 'schedule.col.where'];
  show(
    '#schedule',
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'stack', id: 'schedule-table' },
        el('caption', { class: 'print-only' }, state.school.name + ' – ' + state.edition.name),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            head.map((k) => el('th', { scope: 'col' }, t(k))),
          ),
        ),
        el(
          'tbody',
          {},
          visits.map((v) =>
            el(
              'tr',
              {},
              el('td', { 'data-label': t(head[0]) }, date(v.date)),
              el('td', { 'data-label': t(head[1]) }, time(v.start) + '–' + time(v.end)),
              el('td', { 'data-label': t(head[2]) }, v.group),
              el('td', { 'data-label': t(head[3]) }, [v.place, v.address].filter(Boolean).join(', ')),
            ),
          ),
        ),
      ),
    ),
    el(
      'div',
      { class: 'actions no-print' },
      el('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t('schedule.print')),
      el(
        'a',
        {
          id: 'schedule-xlsx',
          class: 'button secondary',
          href: `/api/editions/${state.edition.id}/placements/xlsx?lang=${lang()}`,
          download: `plaatsingen-${state.edition.id}.xlsx`,
        },
        t('schedule.xlsx'),
      ),
    ),
  );
}

function render() {
  renderEditionChoice();
  renderEdition();
  renderGroups();
  renderSchedule();
  renderCalendar();
}

/**
 * Reloads the groups and where they stand, re-rendering only what changed (the sessions poll calls
 * this every ten seconds while a class waits, and must not take the focus away for nothing).
 * Wished companies get their names from the widest offer, fetched once per edition.
 */
async function loadEdition() {
  const e = state.edition;
  if (!e) return;
  const [groups, placements] = await Promise.all([
    api('GET', `editions/${e.id}/groups`),
    api('GET', `editions/${e.id}/placements`),
  ]);
  const unnamed = groups.some((g) => g.wishes.some((id) => !state.names.has(id)));
  if (e.kind === 'COMPANY_VISITS' && unnamed) {
    const offer = await api('GET', `editions/${e.id}/offer?reachKm=150`).catch(() => []);
    offer.forEach((o) => state.names.set(o.companyId, o.name));
  }
  if (JSON.stringify([groups, placements]) === JSON.stringify([state.groups, state.placements]) && !unnamed) return;
  Object.assign(state, { groups, placements });
  renderGroups();
  renderSchedule();
}

async function chooseEdition(id) {
  state.edition =
    state.editions.find((e) => e.id === Number(id)) || state.editions.find(changeable) || state.editions[0] || null;
  Object.assign(state, { groups: [], placements: [] });
  closeGroupForm();
  render();
  if (state.edition) {
    history.replaceState(null, '', '?editie=' + state.edition.id);
    await loadEdition().catch(fail);
  }
  showSessions(state.edition || { kind: 'COMPANY_VISITS' }, () => state, loadEdition);
}

async function withdraw(group) {
  if (!confirm(t('school.withdrawConfirm', { name: group.name }))) return;
  try {
    await api('DELETE', 'groups/' + group.id);
    notice(t('school.withdrawn', { name: group.name }));
    await loadEdition();
    document.querySelector('#add-group').focus();
  } catch (error) {
    fail(error);
  }
}

async function cancelBooking(booking) {
  const group = state.placements.find((p) => p.bookings.some((b) => b.id === booking.id))?.group || '';
  if (!confirm(t('school.cancelConfirm', { name: group }))) return;
  try {
    await api('DELETE', 'bookings/' + booking.id);
    notice(t('school.cancelled', { name: group }));
    await loadEdition();
    await refreshSessions();
    document.querySelector(`[data-group="${booking.groupId}"] h3`)?.setAttribute('tabindex', '-1');
    document.querySelector(`[data-group="${booking.groupId}"] h3`)?.focus();
  } catch (error) {
    fail(error);
  }
}

/**
 * The school's name as the page's heading and title. The heading's data-t ("Mijn ...", before the name is
 * known) goes, so that switching language keeps the name.
 */
function showSchoolName(name) {
  const heading = document.querySelector('#school-name');
  heading.removeAttribute('data-t');
  heading.textContent = name;
  document.title = 'Lokaal – ' + name;
}

/**
 * A booking opened from its mail (school.html?editie=..&boeking=<id>): its group's card in view and
 * marked, the focus on the booking's cancel button (or the group's change button), one click away.
 */
function showLinkedBooking(id) {
  const visit = id && document.querySelector(`#groups [data-booking="${CSS.escape(id)}"]`);
  const card = visit?.closest('[data-group]');
  if (!card) return;
  card.classList.add('linked');
  card.scrollIntoView({ block: 'center' });
  (visit.querySelector('.cancel-booking') || card.querySelector('.edit'))?.focus({ preventScroll: true });
}

async function load() {
  if (await openBookingLink()) return;
  const linked = query('boeking');
  const caller = await requireRole('SCHOOL');
  await start();
  try {
    const [school, editions] = await Promise.all([
      api('GET', 'schools/' + caller.id),
      api('GET', `schools/${caller.id}/editions`),
    ]);
    const region = await api('GET', 'editions?region=' + encodeURIComponent(school.region)).catch(() => []);
    Object.assign(state, {
      school,
      editions,
      others: region.filter((e) => changeable(e) && !editions.some((m) => m.id === e.id)),
    });
  } catch (error) {
    fail(error);
    return;
  }
  showSchoolName(state.school.name);
  fillProfile(profile, state.school);
  await chooseEdition(query('editie'));
  showLinkedBooking(linked);
}

setupGroupForm(async (saved) => {
  await loadEdition();
  document.querySelector(`[data-group="${saved.id}"] .edit`)?.focus();
});
setupBookingForm();
document.querySelector('#add-group').addEventListener('click', () => openGroupForm(state.edition, state.school, null));
document.querySelector('#edition-picker').addEventListener('change', (e) => chooseEdition(e.target.value));
profileForm(
  profile,
  () => 'schools/' + state.school.id,
  (school) => {
    state.school = school;
    showSchoolName(school.name);
  },
);
document.addEventListener('lokaal:language', () => {
  render();
  retranslateGroupForm();
  retranslateSessions();
});
load();
