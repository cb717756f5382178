// Show sessions and centre time slots on the school page: seats left, refreshed every ten seconds
// while the page is in view and after every booking; book one for a class, or join its waiting list.
import { api, date, el, fail, notice, onSubmit, show, t, time, today } from './lokaal.js';

const REFRESH_MS = 10000;
const panel = document.querySelector('#sessions-panel');
const wrap = document.querySelector('#sessions-wrap');
const bookingPanel = document.querySelector('#booking-panel');
const form = document.querySelector('#booking-form');
/** edition: the one shown; context(): {groups, placements} of the school; changed(): reload them. */
const state = {
  edition: null,
  sessions: [],
  session: null,
  timer: null,
  context: () => ({ groups: [], placements: [] }),
  changed: async () => {},
};

const shortDay = (d) => date(d, { weekday: 'short', day: 'numeric', month: 'short' });
const span = (s) => time(s.start) + '–' + time(s.end);
const hasRoom = (s) => s.seatsLeft > 0 && s.groupsLeft > 0;

function upcoming() {
  return state.sessions
    .filter((s) => s.date >= today())
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

/** The school's own bookings in this session, to show in its row. */
function yours(session) {
  return state
    .context()
    .placements.flatMap((p) =>
      p.bookings
        .filter((b) => b.slotId === session.id)
        .map((b) => t('sessions.yours', { group: p.group, status: t('bookingstatus.' + b.status) })),
    );
}

function freeCell(s) {
  return el(
    'div',
    {},
    hasRoom(s)
      ? t('sessions.free', { left: s.seatsLeft, seats: s.seats })
      : el('span', { class: 'badge wait' }, t('sessions.full')),
    s.waiting ? el('span', { class: 'hint' }, ' · ' + t('sessions.waiting', { n: s.waiting })) : null,
    yours(s).map((y) => el('div', { class: 'badge ok' }, y)),
  );
}

function bookButton(s) {
  return el(
    'button',
    {
      type: 'button',
      class: hasRoom(s) ? 'small' : 'secondary small',
      'aria-label': t('sessions.bookLabel', { day: shortDay(s.date), time: span(s) }),
      onclick: () => openBooking(s),
    },
    hasRoom(s) ? t('sessions.book') : t('sessions.bookWait'),
  );
}

function renderTable() {
  const list = upcoming();
  if (!list.length) {
    show(wrap, el('p', { class: 'muted' }, t('sessions.none')));
    return;
  }
  const head = [
    'sessions.col.day',
    'sessions.col.time',
    'sessions.col.place',
    'sessions.col.levels',
    'sessions.col.free',
    'sessions.col.book',
  ];
  show(
    wrap,
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { id: 'sessions', class: 'stack' },
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
          list.map((s) =>
            el(
              'tr',
              { dataset: { session: s.id } },
              el('td', { 'data-label': t(head[0]) }, shortDay(s.date)),
              el('td', { 'data-label': t(head[1]) }, span(s)),
              el('td', { 'data-label': t(head[2]) }, s.online ? t('sessions.online') : s.place),
              el('td', { 'data-label': t(head[3]) }, s.levels.map((l) => t('level.' + l)).join(', ')),
              el('td', { 'data-label': t(head[4]), class: 'free' }, freeCell(s)),
              el('td', { 'data-label': t(head[5]), class: 'book' }, bookButton(s)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Updates the seats in place, so that a refresh never takes the keyboard focus away. */
function updateTable() {
  const rows = Array.from(wrap.querySelectorAll('tr[data-session]'));
  const list = upcoming();
  if (rows.length !== list.length || rows.some((r, i) => Number(r.dataset.session) !== list[i].id)) {
    const focused = document.activeElement?.closest?.('tr[data-session]')?.dataset.session;
    renderTable();
    if (focused) wrap.querySelector(`tr[data-session="${focused}"] button`)?.focus();
    return;
  }
  rows.forEach((row, i) => {
    const s = list[i];
    show(row.querySelector('.free'), freeCell(s));
    const button = row.querySelector('.book button');
    button.textContent = hasRoom(s) ? t('sessions.book') : t('sessions.bookWait');
    button.className = hasRoom(s) ? 'small' : 'secondary small';
  });
}

export async function refreshSessions() {
  if (!state.edition) return;
  try {
    state.sessions = await api('GET', `editions/${state.edition.id}/sessions`);
    updateTable();
  } catch (error) {
    fail(error);
  }
}

/** Groups that may book this session: of a level it takes, with no booking or waiting-list place yet. */
function bookable(session) {
  const { groups, placements } = state.context();
  return groups.filter(
    (g) => session.levels.includes(g.level) && !placements.some((p) => p.groupId === g.id && p.bookings.length),
  );
}

function openBooking(session) {
  state.session = session;
  const groups = bookable(session);
  bookingPanel.hidden = false;
  bookingPanel.querySelector('#booking-title').textContent = t('booking.title', {
    day: shortDay(session.date),
    time: span(session),
    place: session.online ? t('sessions.online') : session.place,
  });
  const select = form.elements.groupId;
  show(
    select,
    groups.map((g) => el('option', { value: g.id }, g.name + ' (' + t('level.' + g.level) + ')')),
  );
  form.elements.pupils.value = groups[0]?.pupils ?? '';
  form.querySelector('#booking-submit').disabled = !groups.length;
  form.querySelector('.booking-none')?.remove();
  if (!groups.length) form.prepend(el('p', { class: 'notice error booking-none' }, t('booking.noGroup')));
  bookingPanel.scrollIntoView({ block: 'nearest' });
  (groups.length ? select : form.querySelector('#booking-cancel')).focus();
}

function closeBooking() {
  const id = state.session?.id;
  bookingPanel.hidden = true;
  state.session = null;
  wrap.querySelector(`tr[data-session="${id}"] button`)?.focus();
}

/** Shows the sessions of a show or centre-visit edition and keeps them fresh; hides them for other editions. */
export function showSessions(edition, context, changed) {
  Object.assign(state, { edition: edition.kind === 'COMPANY_VISITS' ? null : edition, context, changed, sessions: [] });
  clearInterval(state.timer);
  panel.hidden = !state.edition;
  bookingPanel.hidden = true;
  if (!state.edition) return;
  show(wrap, el('p', {}, t('loading')));
  refreshSessions().then(renderTable);
  // Others book too: seats left are fetched again every ten seconds while the page is in view.
  state.timer = setInterval(() => {
    if (document.visibilityState === 'visible') {
      refreshSessions();
      if (state.context().placements.some((p) => p.bookings.some((b) => b.status === 'WAITING'))) state.changed();
    }
  }, REFRESH_MS);
}

export function retranslateSessions() {
  if (!state.edition) return;
  renderTable();
  if (state.session) openBooking(state.session);
}

export function setupBookingForm() {
  form.elements.groupId.addEventListener('change', () => {
    const group = state.context().groups.find((g) => g.id === Number(form.elements.groupId.value));
    if (group) form.elements.pupils.value = group.pupils;
  });
  form.querySelector('#booking-cancel').addEventListener('click', closeBooking);
  onSubmit(
    form,
    async (request) => {
      try {
        return await api('POST', `sessions/${state.session.id}/bookings`, {
          ...request,
          groupId: Number(request.groupId),
        });
      } catch (error) {
        refreshSessions();
        throw error;
      }
    },
    async (booking) => {
      const message = booking.status === 'CONFIRMED' ? 'booking.confirmed' : 'booking.waiting';
      notice(
        t(message, { group: booking.group, day: shortDay(booking.date), time: time(booking.start) }),
        booking.status === 'CONFIRMED' ? 'ok' : 'wait',
      );
      closeBooking();
      await state.changed();
      await refreshSessions();
    },
  );
}
