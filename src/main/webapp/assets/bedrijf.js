// The signed-in company's page: per edition its visit slots (offer, change, withdraw), and once the
// schedule is published the classes visiting it, printable, as CSV and as Excel; its calendar feed
// and details.
// Element ids for browser tests: #edition-picker (when the company takes part in several editions),
// #edition (with #others, the region's open editions it is not in: [data-edition=<id>] with a .join
// button), #slots (each slot [data-slot=<id>] with .edit and .withdraw), #add-slot, #slot-form
// (inputs named as SlotRequest: date, start, end, seats, maxGroups, levels, joinLink), #slot-submit,
// #visitors (table #visitors-table, rows [data-booking=<id>]), #visitors-print, #visitors-csv,
// #visitors-xlsx, #calendar-make, #calendar (a.download, a.subscribe), #company-form.
import {
  api,
  date,
  el,
  fail,
  lang,
  notice,
  onSubmit,
  query,
  requireRole,
  show,
  start,
  t,
  time,
  today,
} from './lokaal.js';
import { calendarFeed, fillProfile, otherEditions, profileForm } from './profiel.js';

const state = { company: null, editions: [], others: [], edition: null, slots: [], visitors: [], slot: null };
const slotPanel = document.querySelector('#slot-panel');
const slotForm = document.querySelector('#slot-form');
const profile = document.querySelector('#company-form');
const renderCalendar = calendarFeed(() => ({ kind: 'COMPANY', id: state.company.id }));

const shortDay = (d) => date(d, { weekday: 'short', day: 'numeric', month: 'short' });
const changeable = (e) => e.status === 'OPEN' && e.registrationOpens <= today() && today() <= e.registrationCloses;
const slotName = (s) => shortDay(s.date) + ' ' + time(s.start);

function renderEdition() {
  document.querySelector('#edition-choice').hidden = state.editions.length < 2;
  show(
    '#edition-picker',
    state.editions.map((e) => el('option', { value: e.id, selected: e.id === state.edition?.id }, e.name)),
  );
  const e = state.edition;
  const others = otherEditions(state.others, {
    open: !e,
    texts: {
      summary: t('company.others'),
      join: t('company.join'),
      joinName: (name) => t('company.joinName', { name }),
    },
    join,
  });
  if (!e) {
    show('#edition', el('p', {}, t('company.noEditions')), others);
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
      t('company.period', { from: date(e.firstDay), to: date(e.lastDay) }),
    ),
    el(
      'p',
      { class: changeable(e) ? 'hint' : 'notice' },
      changeable(e) ? t('company.registrationUntil', { date: date(e.registrationCloses) }) : t('company.closed'),
    ),
    others,
  );
  document.querySelector('#add-slot').hidden = !changeable(e);
}

function renderSlots() {
  if (!state.edition) {
    show('#slots');
    return;
  }
  if (!state.slots.length) {
    show('#slots', el('p', { class: 'muted' }, t('company.noSlots')));
    return;
  }
  const open = changeable(state.edition);
  const sorted = [...state.slots].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  show(
    '#slots',
    el(
      'ul',
      { class: 'groups' },
      sorted.map((s) =>
        el(
          'li',
          { class: 'card slot', dataset: { slot: s.id } },
          el(
            'h3',
            {},
            t('company.slotLine', { day: date(s.date), time: time(s.start) + '–' + time(s.end) }),
            s.online ? [' ', el('span', { class: 'badge' }, t('company.online'))] : null,
          ),
          el('p', {}, t('company.slotSize', { seats: s.seats, groups: s.maxGroups })),
          el('p', { class: 'hint' }, s.levels.map((l) => t('level.' + l)).join(', ')),
          open
            ? el(
                'div',
                { class: 'actions' },
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary small edit',
                    'aria-label': t('company.editName', { name: slotName(s) }),
                    onclick: () => openSlotForm(s),
                  },
                  t('company.edit'),
                ),
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'danger small withdraw',
                    'aria-label': t('company.withdrawName', { name: slotName(s) }),
                    onclick: () => withdraw(s),
                  },
                  t('company.withdraw'),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}

function renderVisitors() {
  const e = state.edition;
  if (!e) {
    show('#visitors');
    return;
  }
  if (!state.visitors.length) {
    show('#visitors', el('p', { class: 'muted' }, t(e.status === 'PUBLISHED' ? 'visitors.none' : 'visitors.before')));
    return;
  }
  const head = [
    'visitors.col.day',
    'visitors.col.arrival',
    'visitors.col.group',
    'visitors.col.level',
    'visitors.col.pupils',
    'visitors.col.teacher',
  ];
  const cell = (i, ...content) => el('td', { 'data-label': t(head[i]) }, el('div', {}, ...content));
  show(
    '#visitors',
    el(
      'div',
      { class: 'actions no-print' },
      el(
        'button',
        { type: 'button', id: 'visitors-print', class: 'secondary', onclick: printVisitors },
        t('visitors.print'),
      ),
      el(
        'a',
        {
          id: 'visitors-csv',
          class: 'button secondary',
          href: `/api/editions/${e.id}/visitors/csv?lang=${lang()}`,
          download: `bezoekers-${e.id}.csv`,
        },
        t('visitors.csv'),
      ),
      el(
        'a',
        {
          id: 'visitors-xlsx',
          class: 'button secondary',
          href: `/api/editions/${e.id}/visitors/xlsx?lang=${lang()}`,
          download: `bezoekers-${e.id}.xlsx`,
        },
        t('visitors.xlsx'),
      ),
    ),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { id: 'visitors-table', class: 'stack' },
        el('caption', {}, t('visitors.caption', { company: state.company.name, edition: e.name })),
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
          state.visitors.map((v) =>
            el(
              'tr',
              { dataset: { booking: v.bookingId } },
              cell(0, date(v.date)),
              cell(
                1,
                el('strong', {}, time(v.arrival)),
                ' ',
                el('span', { class: 'hint' }, t('visitors.until', { time: time(v.end) })),
              ),
              cell(2, v.school, el('br'), v.group),
              cell(3, t('level.' + v.level)),
              cell(4, String(v.pupils)),
              cell(
                5,
                v.teacherName || '',
                v.teacherName ? el('br') : null,
                el('a', { href: 'mailto:' + v.teacherEmail }, v.teacherEmail),
                v.teacherPhone
                  ? [el('br'), el('a', { href: 'tel:' + v.teacherPhone.replace(/[^+0-9]/g, '') }, v.teacherPhone)]
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Prints the visitor list alone. */
function printVisitors() {
  document.body.classList.add('print-visitors');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-visitors'), { once: true });
  window.print();
}

function renderLevels(checked) {
  show(
    '#level-choices',
    state.edition.allowedLevels.map((l) =>
      el(
        'label',
        {},
        el('input', { type: 'checkbox', name: 'levels', value: l, 'data-list': '', checked: checked.includes(l) }),
        ' ',
        t('level.' + l),
      ),
    ),
  );
}

function slotTitle() {
  slotPanel.querySelector('#slot-form-title').textContent = state.slot
    ? t('slot.edit', { name: slotName(state.slot) })
    : t('slot.new');
  slotForm.querySelector('#slot-submit').textContent = state.slot ? t('slot.save') : t('slot.saveNew');
}

function openSlotForm(slot) {
  state.slot = slot;
  const e = state.edition;
  slotForm.reset();
  Object.assign(slotForm.elements.date, { min: e.firstDay, max: e.lastDay, value: slot?.date || '' });
  slotForm.elements.start.value = time(slot?.start) || '';
  slotForm.elements.end.value = time(slot?.end) || '';
  slotForm.elements.seats.value = slot?.seats ?? '';
  slotForm.elements.maxGroups.value = slot?.maxGroups ?? 1;
  slotForm.elements.joinLink.value = slot?.joinLink || '';
  slotForm.querySelector('#slot-online').open = Boolean(slot?.online);
  renderLevels(slot?.levels || []);
  slotTitle();
  slotPanel.hidden = false;
  slotPanel.scrollIntoView({ block: 'start' });
  slotForm.elements.date.focus();
}

function closeSlotForm() {
  const id = state.slot?.id;
  slotPanel.hidden = true;
  state.slot = null;
  (document.querySelector(`[data-slot="${id}"] .edit`) || document.querySelector('#add-slot')).focus();
}

async function withdraw(slot) {
  if (!confirm(t('company.withdrawConfirm', { name: slotName(slot) }))) return;
  try {
    await api('DELETE', 'slots/' + slot.id);
    notice(t('company.withdrawn'));
    await loadEdition();
    document.querySelector('#add-slot').focus();
  } catch (error) {
    fail(error);
  }
}

/** Takes part in one more open edition of the region, and shows it. */
async function join(edition) {
  try {
    const joined = await api('PUT', `companies/${state.company.id}/editions/${edition.id}`);
    Object.assign(state, {
      editions: [joined, ...state.editions],
      others: state.others.filter((o) => o.id !== joined.id),
    });
    await chooseEdition(joined.id);
    notice(t('company.joined', { name: joined.name }));
  } catch (error) {
    fail(error);
  }
}

async function loadEdition() {
  const e = state.edition;
  if (!e) return;
  [state.slots, state.visitors] = await Promise.all([
    api('GET', `editions/${e.id}/slots`),
    api('GET', `editions/${e.id}/visitors`),
  ]);
  renderSlots();
  renderVisitors();
}

/** Opened at #visitors-section (the link in a booking mail): back to the list once it is filled in. */
function showLinkedVisitors() {
  if (location.hash === '#visitors-section') document.querySelector('#visitors-section').scrollIntoView();
}

async function chooseEdition(id) {
  state.edition =
    state.editions.find((e) => e.id === Number(id)) || state.editions.find(changeable) || state.editions[0] || null;
  slotPanel.hidden = true;
  renderEdition();
  renderSlots();
  renderVisitors();
  if (!state.edition) return;
  history.replaceState(null, '', '?editie=' + state.edition.id + location.hash);
  await loadEdition().catch(fail);
  showLinkedVisitors();
}

/**
 * The company's name as the page's heading and title. The heading's data-t ("Mijn ...", before the name is
 * known) goes, so that switching language keeps the name.
 */
function showCompanyName(name) {
  const heading = document.querySelector('#company-name');
  heading.removeAttribute('data-t');
  heading.textContent = name;
  document.title = 'Lokaal – ' + name;
}

async function load() {
  const caller = await requireRole('COMPANY');
  await start();
  try {
    const [company, editions] = await Promise.all([
      api('GET', 'companies/' + caller.id),
      api('GET', `companies/${caller.id}/editions`),
    ]);
    const region = await api('GET', 'editions?region=' + encodeURIComponent(company.region)).catch(() => []);
    Object.assign(state, {
      company,
      editions,
      others: region.filter(
        (e) => e.kind === 'COMPANY_VISITS' && changeable(e) && !editions.some((m) => m.id === e.id),
      ),
    });
  } catch (error) {
    fail(error);
    return;
  }
  showCompanyName(state.company.name);
  renderCalendar();
  fillProfile(profile, state.company);
  await chooseEdition(query('editie'));
}

document.querySelector('#add-slot').addEventListener('click', () => openSlotForm(null));
document.querySelector('#slot-cancel').addEventListener('click', closeSlotForm);
document.querySelector('#edition-picker').addEventListener('change', (e) => chooseEdition(e.target.value));
onSubmit(
  slotForm,
  (request) => {
    if (!request.joinLink) delete request.joinLink;
    return state.slot
      ? api('PUT', 'slots/' + state.slot.id, request)
      : api('POST', `editions/${state.edition.id}/slots`, request);
  },
  async (saved) => {
    notice(t('slot.saved'));
    state.slot = saved;
    closeSlotForm();
    await loadEdition();
    document.querySelector(`[data-slot="${saved.id}"] .edit`)?.focus();
  },
);
profileForm(
  profile,
  () => 'companies/' + state.company.id,
  (company) => {
    state.company = company;
    showCompanyName(company.name);
  },
);
document.addEventListener('lokaal:language', () => {
  renderEdition();
  renderSlots();
  renderVisitors();
  renderCalendar();
  if (!slotPanel.hidden) {
    const checked = Array.from(slotForm.querySelectorAll('input[name=levels]:checked'), (i) => i.value);
    renderLevels(checked);
    slotTitle();
  }
});
load();
