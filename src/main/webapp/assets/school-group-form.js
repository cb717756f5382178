// The class group form of the school page: register or change a group, with its days and, for company
// visits, up to five wished companies picked in order from those within reach (nearest first).
import { api, date, el, lang, notice, onSubmit, show, t, time } from './lokaal.js';

const MAX_WISHES = 5;
/** With more weekdays than this, days are typed as dates rather than ticked. */
const MAX_TICKED_DAYS = 10;

const panel = document.querySelector('#group-panel');
const form = document.querySelector('#group-form');
const state = { edition: null, school: null, group: null, offer: [], chosen: [], gone: [], offerFor: null };
let onSavedCallback = () => {};
let reachTimer = null;

/** The weekdays of an edition, as ISO dates. */
function weekdays(first, last) {
  const days = [];
  for (let d = new Date(first + 'T00:00:00Z'); d <= new Date(last + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** Levels a school of this kind has among those the edition takes: primary has groepen, secondary klassen. */
function levelsFor(edition, school) {
  return edition.allowedLevels.filter((l) => school.kind === 'SO' || (school.kind === 'PO') === l.startsWith('PO'));
}

function renderLevels() {
  const select = form.elements.level;
  const chosen = select.value || state.group?.level || '';
  show(
    select,
    el('option', { value: '' }, t('group.choose')),
    levelsFor(state.edition, state.school).map((l) =>
      el('option', { value: l, selected: l === chosen }, t('level.' + l)),
    ),
  );
}

function checkedDays() {
  const box = form.querySelector('#day-choices');
  return Array.from(box.querySelectorAll('input'))
    .filter((i) => (i.type === 'checkbox' ? i.checked : i.value))
    .map((i) => i.value);
}

function renderDays(selected) {
  const { firstDay, lastDay } = state.edition;
  const all = weekdays(firstDay, lastDay);
  const box = form.querySelector('#day-choices');
  if (all.length <= MAX_TICKED_DAYS) {
    show(
      box,
      all.map((d) =>
        el(
          'label',
          {},
          el('input', { type: 'checkbox', name: 'days', value: d, 'data-list': '', checked: selected.includes(d) }),
          ' ',
          date(d, { weekday: 'short', day: 'numeric', month: 'short' }),
        ),
      ),
    );
    return;
  }
  const typed = selected.length ? selected : [''];
  const input = (value, n) =>
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'day-' + n }, t('group.day', { n: n + 1 })),
      el('input', { id: 'day-' + n, type: 'date', name: 'days', min: firstDay, max: lastDay, value }),
    );
  show(
    box,
    typed.map(input),
    typed.length < MAX_TICKED_DAYS
      ? el(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              const values = checkedDays();
              renderDays([...values, '']);
              box.querySelector(`#day-${values.length}`)?.focus();
            },
          },
          t('group.moreDays'),
        )
      : null,
  );
}

function wishName(wish) {
  return wish.name || t('group.wish.unknown', { id: wish.companyId });
}

function renderWishes(focus) {
  const list = form.querySelector('#wishes');
  form.querySelector('#wishes-empty').hidden = state.chosen.length > 0;
  const move = (i, by, which) => () => {
    const [wish] = state.chosen.splice(i, 1);
    state.chosen.splice(i + by, 0, wish);
    renderWishes({ company: wish.companyId, which });
    renderOffer();
  };
  const remove = (i) => () => {
    state.chosen.splice(i, 1);
    renderWishes();
    renderOffer();
    form.querySelector('#offer button:not([disabled])')?.focus();
  };
  show(
    list,
    state.chosen.map((w, i) =>
      el(
        'li',
        { dataset: { company: w.companyId } },
        el(
          'span',
          { class: 'wish-name' },
          el('span', { class: 'badge wish-rank' }, t('group.wish.rank', { n: i + 1 })),
          ' ',
          wishName(w),
          w.distanceKm !== undefined
            ? el('span', { class: 'hint' }, ' · ' + t('group.offer.km', { km: km(w.distanceKm) }))
            : null,
        ),
        el(
          'span',
          { class: 'wish-actions' },
          el(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              'data-which': 'up',
              disabled: i === 0,
              'aria-label': t('group.wish.up', { name: wishName(w) }),
              onclick: move(i, -1, 'up'),
            },
            '↑',
          ),
          el(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              'data-which': 'down',
              disabled: i === state.chosen.length - 1,
              'aria-label': t('group.wish.down', { name: wishName(w) }),
              onclick: move(i, 1, 'down'),
            },
            '↓',
          ),
          el(
            'button',
            {
              type: 'button',
              class: 'danger small',
              'data-which': 'remove',
              'aria-label': t('group.wish.remove', { name: wishName(w) }),
              onclick: remove(i),
            },
            '✕',
          ),
        ),
      ),
    ),
  );
  if (focus) {
    const item = list.querySelector(`li[data-company="${focus.company}"]`);
    const button =
      item?.querySelector(`button[data-which="${focus.which}"]:not([disabled])`) ||
      item?.querySelector('button:not([disabled])');
    button?.focus();
  }
}

function renderOffer() {
  const box = form.querySelector('#offer');
  if (!form.elements.level.value) {
    show(box, el('p', { class: 'hint' }, t('group.offer.level')));
    return;
  }
  const gone = state.gone.length
    ? el('p', { class: 'notice error' }, t('group.wish.gone', { names: state.gone.join(', ') }))
    : null;
  if (!state.offer.length) {
    show(box, gone, el('p', { class: 'hint' }, t('group.offer.none', { km: form.elements.reachKm.value })));
    return;
  }
  const full = state.chosen.length >= MAX_WISHES;
  show(
    box,
    gone,
    full ? el('p', { class: 'hint' }, t('group.offer.full')) : null,
    el(
      'ul',
      { id: 'offer-list', class: 'offer-list' },
      state.offer.map((o) => {
        const chosen = state.chosen.some((w) => w.companyId === o.companyId);
        return el(
          'li',
          { dataset: { company: o.companyId } },
          el(
            'div',
            {},
            el('strong', {}, o.name),
            ' ',
            el('span', { class: 'badge' }, t('group.offer.km', { km: km(o.distanceKm) })),
          ),
          el('div', { class: 'hint' }, [o.sector, o.town].filter(Boolean).join(' · ')),
          el(
            'div',
            { class: 'hint' },
            [...o.levels]
              .sort()
              .map((l) => t('level.' + l))
              .join(', '),
          ),
          offeredSlots(o),
          el(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              disabled: chosen || full,
              'aria-label': t('group.offer.pickName', { name: o.name }),
              onclick: () => {
                state.chosen.push({ ...o });
                renderWishes();
                renderOffer();
                const next = form.querySelector('#offer button:not([disabled])');
                (next || form.querySelector('#wishes li:last-child button:not([disabled])'))?.focus();
              },
            },
            t('group.offer.pick'),
          ),
        );
      }),
    ),
  );
}

/** A distance as the reader writes numbers: 2,5 in Dutch and German, 2.5 in English. */
function km(distance) {
  return new Intl.NumberFormat(lang(), { maximumFractionDigits: 1 }).format(distance);
}

/** The offered company's slots on the group's days (.offer-slots, li [data-slot]), with the places left. */
function offeredSlots(o) {
  if (!o.slots?.length) return el('p', { class: 'hint offer-slots' }, t('group.offer.noSlots'));
  return el(
    'ul',
    { class: 'plain offer-slots' },
    o.slots.map((s) =>
      el(
        'li',
        { dataset: { slot: s.slotId } },
        date(s.date, { weekday: 'short', day: 'numeric', month: 'short' }),
        ' ',
        `${time(s.start)}–${time(s.end)}`,
        ' · ',
        s.groupsLeft > 0 && s.seatsLeft > 0 ? t('group.offer.left', { seats: s.seatsLeft }) : t('group.offer.slotFull'),
      ),
    ),
  );
}

/** Fetches the offer for the chosen level and reach; wishes that fall out of it are dropped, and said so. */
async function loadOffer() {
  if (!state.edition?.kind || state.edition.kind !== 'COMPANY_VISITS') return;
  const level = form.elements.level.value;
  const reach = Number(form.elements.reachKm.value);
  state.gone = [];
  if (!level || !(reach > 0 && reach <= 150)) {
    state.offer = [];
    renderOffer();
    return;
  }
  const days = checkedDays().filter(Boolean).join(',');
  const key = level + '/' + reach + '/' + days;
  state.offerFor = key;
  const offer = await api(
    'GET',
    `editions/${state.edition.id}/offer?reachKm=${reach}&level=${level}&days=${encodeURIComponent(days)}`,
  ).catch(() => []);
  if (state.offerFor !== key) return;
  state.offer = offer;
  const kept = [];
  for (const wish of state.chosen) {
    const offered = offer.find((o) => o.companyId === wish.companyId);
    if (offered) kept.push({ ...offered });
    else state.gone.push(wishName(wish));
  }
  state.chosen = kept;
  renderWishes();
  renderOffer();
}

function fill(group) {
  form.reset();
  form.elements.name.value = group?.name || '';
  form.elements.pupils.value = group?.pupils ?? '';
  form.elements.teacherName.value = group?.teacherName || '';
  form.elements.teacherEmail.value = group?.teacherEmail || '';
  form.elements.teacherPhone.value = group?.teacherPhone || '';
  form.elements.teacherLanguage.value = group?.teacherLanguage || 'nl';
  form.elements.transport.value = group?.transport || 'BUS';
  form.elements.reachKm.value = group?.reachKm ?? 15;
  renderLevels();
  form.elements.level.value = group?.level || '';
  renderDays(group?.days || []);
}

/** Opens the form for a new group (group null) or to change one; wishes come back with their names from the offer. */
export async function openGroupForm(edition, school, group) {
  Object.assign(state, {
    edition,
    school,
    group,
    offer: [],
    gone: [],
    chosen: (group?.wishes || []).map((companyId) => ({ companyId })),
  });
  const allocated = edition.kind === 'COMPANY_VISITS';
  form.querySelectorAll('.allocated-only').forEach((e) => {
    e.hidden = !allocated;
  });
  fill(group);
  const title = panel.querySelector('#group-form-title');
  title.textContent = group ? t('group.edit', { name: group.name }) : t('group.new');
  form.querySelector('#group-submit').textContent = group ? t('group.save') : t('group.saveNew');
  panel.hidden = false;
  renderWishes();
  renderOffer();
  title.setAttribute('tabindex', '-1');
  panel.scrollIntoView({ block: 'start' });
  form.elements.name.focus();
  await loadOffer();
}

export function closeGroupForm() {
  panel.hidden = true;
  state.group = null;
}

/** Re-renders what the form builds itself, keeping what was typed and chosen. */
export function retranslateGroupForm() {
  if (panel.hidden || !state.edition) return;
  const level = form.elements.level.value;
  renderLevels();
  form.elements.level.value = level;
  renderDays(checkedDays());
  renderWishes();
  renderOffer();
  panel.querySelector('#group-form-title').textContent = state.group
    ? t('group.edit', { name: state.group.name })
    : t('group.new');
  form.querySelector('#group-submit').textContent = state.group ? t('group.save') : t('group.saveNew');
}

/** Wires the form once; onSaved(group) runs after a group was registered or changed. */
export function setupGroupForm(onSaved) {
  onSavedCallback = onSaved;
  form.elements.level.addEventListener('change', loadOffer);
  form.elements.reachKm.addEventListener('input', () => {
    clearTimeout(reachTimer);
    reachTimer = setTimeout(loadOffer, 400);
  });
  form.querySelector('#day-choices').addEventListener('change', () => {
    clearTimeout(reachTimer);
    reachTimer = setTimeout(loadOffer, 400);
  });
  form.querySelector('#group-cancel').addEventListener('click', () => {
    const id = state.group?.id;
    closeGroupForm();
    (document.querySelector(`[data-group="${id}"] .edit`) || document.querySelector('#add-group'))?.focus();
  });
  onSubmit(
    form,
    (request) => {
      request.days = checkedDays();
      request.wishes = state.edition.kind === 'COMPANY_VISITS' ? state.chosen.map((w) => w.companyId) : [];
      return state.group
        ? api('PUT', 'groups/' + state.group.id, request)
        : api('POST', `editions/${state.edition.id}/groups`, request);
    },
    (saved) => {
      closeGroupForm();
      notice(t('group.saved', { name: saved.name }));
      onSavedCallback(saved);
    },
  );
}
