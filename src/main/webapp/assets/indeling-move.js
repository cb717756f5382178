// The move editor: under a group's row, choose another slot (or the waiting list) and pin it; the
// server checks each move at once and says what it does to the objective. Pinning from the row.
import { ApiError, api, clearErrors, date, el, fail, notice, showErrors, t, time } from './lokaal.js';
import { objectiveText, tx } from './beheer-basis.js';
import { $, loadReview } from './indeling-state.js';

/** Lexicographic, as the server ranks objectives: schools, groups, points (more is better), then km (less). */
function compare(a, b) {
  return (
    a.schools - b.schools ||
    a.groups - b.groups ||
    a.points - b.points ||
    Math.round(b.metres / 100) - Math.round(a.metres / 100)
  );
}

/** A slot as organisers name it: company, day and time. */
export function slotLabel(s) {
  if (!s) return '';
  return (
    (s.company || s.code) +
    ' · ' +
    date(s.date, { weekday: 'short', day: 'numeric', month: 'short' }) +
    ' ' +
    time(s.start) +
    '–' +
    time(s.end)
  );
}

function slotOptions(state, p) {
  const use = new Map();
  for (const q of state.proposal) {
    if (q.slotId == null) continue;
    const u = use.get(q.slotId) || { groups: 0, pupils: 0 };
    u.groups++;
    u.pupils += q.pupils;
    use.set(q.slotId, u);
  }
  const fitting = [...state.slots.values()]
    .filter((s) => s.levels.includes(p.level) || s.id === p.slotId)
    .sort(
      (a, b) =>
        (a.company || '').localeCompare(b.company || '', 'nl') ||
        a.date.localeCompare(b.date) ||
        a.start.localeCompare(b.start),
    );
  return [
    el('option', { value: '', selected: p.slotId == null }, t('al.toWaiting')),
    ...fitting.map((s) => {
      const u = use.get(s.id) || { groups: 0, pupils: 0 };
      return el(
        'option',
        { value: s.id, selected: s.id === p.slotId },
        slotLabel(s) +
          ' · ' +
          t('al.slotUse', { groups: u.groups, maxGroups: s.maxGroups, pupils: u.pupils, seats: s.seats }),
      );
    }),
  ];
}

/** The editor's row, right under the group's own. */
export function moveEditor(state, p) {
  const { feedback } = state;
  const select = el(
    'select',
    {
      id: 'move-slot',
      name: 'slotId',
      onchange: () => move(state, p, select.value === '' ? null : Number(select.value), pinned.checked, select),
    },
    slotOptions(state, p),
  );
  const pinned = el('input', {
    type: 'checkbox',
    id: 'move-pinned',
    name: 'pinned',
    checked: p.pinned,
    onchange: () => move(state, p, p.slotId, pinned.checked, pinned),
  });
  const said = feedback?.groupId === p.groupId ? feedback.text : '';
  return el(
    'tr',
    { class: 'move-row', id: 'move-row' },
    el(
      'td',
      { colspan: 8 },
      el(
        'form',
        {
          id: 'move-form',
          class: 'move-form',
          novalidate: true,
          onsubmit: (e) => e.preventDefault(),
          'aria-label': t('al.move') + ': ' + p.school + ' ' + p.group,
        },
        el('div', { class: 'field' }, tx('label', 'al.moveTo', { for: 'move-slot' }), select),
        el('div', { class: 'field' }, el('label', { class: 'check' }, pinned, ' ', tx('span', 'al.keepPinned'))),
        el(
          'p',
          {
            id: 'move-feedback',
            role: 'status',
            class: feedback?.groupId === p.groupId ? 'notice ok' : '',
            hidden: !said,
          },
          said,
        ),
        el(
          'div',
          { class: 'actions' },
          tx('button', 'al.close', {
            type: 'button',
            class: 'secondary',
            onclick: () => closeEditor(state, p.groupId),
          }),
        ),
      ),
    ),
  );
}

export function openEditor(state, groupId) {
  state.editing = state.editing === groupId ? null : groupId;
  state.feedback = null;
  state.redraw.proposal();
  if (state.editing) $(state, '#move-slot')?.focus();
}

function closeEditor(state, groupId) {
  state.editing = null;
  state.feedback = null;
  state.redraw.proposal();
  $(state, `tr[data-group="${groupId}"] button.move`)?.focus();
}

/** Sends one move; the server refuses a move that breaks a hard rule, and says what it does to the objective otherwise. */
async function move(state, p, slotId, pinned, control) {
  const form = $(state, '#move-form');
  clearErrors(form);
  control.disabled = true;
  try {
    const moved = await api('PUT', state.path + '/proposal/' + p.groupId, { slotId, pinned });
    const c = compare(moved.after, moved.before);
    state.feedback = {
      groupId: p.groupId,
      text: t('al.moved', {
        verdict: t(c > 0 ? 'al.better' : c < 0 ? 'al.worse' : 'al.same'),
        before: objectiveText(moved.before),
        after: objectiveText(moved.after),
      }),
    };
    await loadReview(state);
    state.redraw.review();
    $(state, '#' + control.id)?.focus();
  } catch (error) {
    control.disabled = false;
    if (control.tagName === 'SELECT') control.value = p.slotId == null ? '' : String(p.slotId);
    else control.checked = p.pinned;
    const reason = error.problem?.detail || error.message;
    showErrors(
      form,
      new ApiError(error.status, {
        ...error.problem,
        errors: [{ field: control.name, message: t('al.refused', { reason }) }],
      }),
    );
    $(state, '#move-feedback').hidden = true;
  }
}

export async function pin(state, p, button) {
  button.disabled = true;
  try {
    await api('PUT', state.path + '/proposal/' + p.groupId, { slotId: p.slotId, pinned: !p.pinned });
    notice(t(p.pinned ? 'al.unpinnedNotice' : 'al.pinnedNotice', { group: p.school + ' ' + p.group }));
    await loadReview(state);
    state.redraw.review();
    $(state, `tr[data-group="${p.groupId}"] button.pin`)?.focus();
  } catch (error) {
    button.disabled = false;
    fail(error);
  }
}
