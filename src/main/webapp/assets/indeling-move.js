// The move editor: under a group's row, choose one of the slots the group may take (or the waiting
// list), or with a reason one that breaks a soft rule, and press the button; the server checks the
// move again and says what it does to the objective. Pinning from the row.
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

/** What is left of a slot for the group: seats and group places. */
function left(o) {
  return t('al.slotLeft', { seats: o.seatsLeft, groups: o.groupsLeft });
}

function optionLabel(o) {
  return slotLabel(o) + ' · ' + left(o) + (o.current ? ' · ' + t('al.current') : '');
}

/** The list: the waiting list and the slots the group may take; with "show all" also those that need a reason. */
function slotOptions(state, p) {
  const { slots } = state.options;
  // The group's own slot is always there, also when an organiser placed it there against a soft rule.
  const allowed = slots.filter((o) => o.allowed || o.current);
  const soft = slots.filter((o) => o.overridable && !o.current);
  const chosen = state.choice ?? (p.slotId == null ? '' : String(p.slotId));
  const option = (o) =>
    el('option', { value: String(o.slotId), selected: String(o.slotId) === chosen }, optionLabel(o));
  return [
    el('option', { value: '', selected: chosen === '' }, t('al.toWaiting')),
    ...allowed.map(option),
    state.showAll && soft.length ? el('optgroup', { label: t('al.needsReason') }, soft.map(option)) : null,
  ].filter(Boolean);
}

/** Why the other slots are not offered, as the server words it. */
function refusedList(state) {
  const refused = state.options.slots.filter((o) => !o.allowed);
  if (!refused.length) return tx('p', 'al.noneRefused', { class: 'hint' });
  return el(
    'ul',
    { id: 'move-refused', class: 'refused' },
    refused.map((o) =>
      el(
        'li',
        { 'data-slot': o.slotId },
        el('strong', {}, slotLabel(o)),
        ' ',
        t(o.overridable ? 'al.softRefusal' : 'al.hardRefusal'),
        ' ',
        o.refusals.join(' '),
      ),
    ),
  );
}

function chosenOption(state, value) {
  return state.options.slots.find((o) => String(o.slotId) === value) || null;
}

/** The editor's row, right under the group's own. Nothing moves until the organiser presses the button. */
export function moveEditor(state, p) {
  const { feedback } = state;
  const said = feedback?.groupId === p.groupId ? feedback.text : '';
  if (!state.options || state.options.groupId !== p.groupId) {
    return el('tr', { class: 'move-row', id: 'move-row' }, el('td', { colspan: 8 }, tx('p', 'al.loadingOptions')));
  }
  const select = el(
    'select',
    {
      id: 'move-slot',
      name: 'slotId',
      // Choosing only chooses: arrow keys on a closed list fire change events, so no move is sent here.
      onchange: () => {
        state.choice = select.value;
        const o = chosenOption(state, select.value);
        reasonField.hidden = !o?.overridable;
        why.textContent = o?.overridable ? o.refusals.join(' ') : '';
        why.hidden = !o?.overridable;
      },
    },
    slotOptions(state, p),
  );
  const chosen = chosenOption(state, select.value);
  const pinned = el('input', { type: 'checkbox', id: 'move-pinned', name: 'pinned', checked: p.pinned });
  const reason = el('textarea', { id: 'move-reason', name: 'overrideReason', rows: 2, maxlength: 300 });
  const reasonField = el(
    'div',
    { class: 'field', hidden: !chosen?.overridable },
    tx('label', 'al.overrideReason', { for: 'move-reason' }),
    reason,
  );
  const why = el(
    'p',
    { id: 'move-why', class: 'hint', hidden: !chosen?.overridable },
    chosen?.overridable ? chosen.refusals.join(' ') : '',
  );
  const showAll = el('input', {
    type: 'checkbox',
    id: 'move-show-all',
    checked: state.showAll,
    onchange: () => {
      state.showAll = showAll.checked;
      state.redraw.proposal();
      $(state, '#move-show-all')?.focus();
    },
  });
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
          onsubmit: (e) => {
            e.preventDefault();
            move(state, p, select.value === '' ? null : Number(select.value), pinned.checked, reason.value);
          },
          'aria-label': t('al.move') + ': ' + p.school + ' ' + p.group,
        },
        el('div', { class: 'field' }, tx('label', 'al.moveTo', { for: 'move-slot' }), select),
        why,
        reasonField,
        el('div', { class: 'field' }, el('label', { class: 'check' }, pinned, ' ', tx('span', 'al.keepPinned'))),
        el('div', { class: 'field' }, el('label', { class: 'check' }, showAll, ' ', tx('span', 'al.showRefused'))),
        state.showAll ? refusedList(state) : null,
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
          tx('button', 'al.moveButton', { type: 'submit', id: 'move-submit' }),
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

/** Loads where the group may go, in the proposal as it is now. */
async function loadOptions(state, groupId) {
  state.options = await api('GET', state.path + '/proposal/' + groupId + '/options');
}

/** Loads the open editor's options again (after a change of language). */
export async function reloadEditor(state) {
  if (state.editing && state.options) await loadOptions(state, state.editing);
}

export async function openEditor(state, groupId) {
  state.editing = state.editing === groupId ? null : groupId;
  state.feedback = null;
  state.options = null;
  state.choice = null;
  state.showAll = false;
  state.redraw.proposal();
  if (!state.editing) return;
  try {
    await loadOptions(state, groupId);
  } catch (error) {
    state.editing = null;
    state.redraw.proposal();
    fail(error);
    return;
  }
  state.redraw.proposal();
  $(state, '#move-slot')?.focus();
}

function closeEditor(state, groupId) {
  state.editing = null;
  state.feedback = null;
  state.options = null;
  state.redraw.proposal();
  $(state, `tr[data-group="${groupId}"] button.move`)?.focus();
}

/** Sends the chosen move, in the proposal's version the options came from; the server checks every rule again. */
async function move(state, p, slotId, pinned, overrideReason) {
  const form = $(state, '#move-form');
  const button = $(state, '#move-submit');
  clearErrors(form);
  button.disabled = true;
  try {
    const moved = await api('PUT', state.path + '/proposal/' + p.groupId, {
      slotId,
      pinned,
      overrideReason: overrideReason.trim() || null,
      version: state.options.version,
    });
    const c = compare(moved.after, moved.before);
    state.feedback = {
      groupId: p.groupId,
      text: t('al.moved', {
        verdict: t(c > 0 ? 'al.better' : c < 0 ? 'al.worse' : 'al.same'),
        before: objectiveText(moved.before),
        after: objectiveText(moved.after),
      }),
    };
    state.choice = null;
    await Promise.all([loadReview(state), loadOptions(state, p.groupId)]);
    state.redraw.review();
    $(state, '#move-slot')?.focus();
  } catch (error) {
    button.disabled = false;
    showErrors(form, error);
    $(state, '#move-feedback').hidden = true;
    if (error instanceof ApiError && error.status === 409) {
      // The proposal changed meanwhile: show it as it is now; the refusal stays until the next choice.
      await Promise.all([loadReview(state), loadOptions(state, p.groupId)]).catch(() => {});
    }
  }
}

export async function pin(state, p, button) {
  button.disabled = true;
  try {
    await api('PUT', state.path + '/proposal/' + p.groupId, {
      slotId: p.slotId,
      pinned: !p.pinned,
      version: state.summary.version,
    });
    notice(t(p.pinned ? 'al.unpinnedNotice' : 'al.pinnedNotice', { group: p.school + ' ' + p.group }));
    await loadReview(state);
    state.redraw.review();
    $(state, `tr[data-group="${p.groupId}"] button.pin`)?.focus();
  } catch (error) {
    button.disabled = false;
    fail(error);
  }
}
