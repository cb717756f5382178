// The proposal under review as a table of groups, filtered and searched, each row with its move
// and pin buttons while the proposal may change.
import { el, show, t } from './lokaal.js';
import { stacked, tx } from './beheer-basis.js';
import { $, editable } from './indeling-state.js';
import { moveEditor, openEditor, pin, slotLabel } from './indeling-move.js';

const COLUMNS = ['school', 'group', 'level', 'pupils', 'placement', 'wish', 'explanation', 'actions'];

/** The table's heading, filter, search and the (empty) table. */
export function tableParts(state) {
  const redraw = () => renderProposal(state);
  return [
    tx('h3', 'al.perGroup'),
    el(
      'div',
      { class: 'filters' },
      el(
        'fieldset',
        { id: 'proposal-filter' },
        tx('legend', 'al.show'),
        el(
          'div',
          { class: 'choices' },
          ['all', 'placed', 'waiting'].map((v) =>
            el(
              'label',
              {},
              el('input', {
                type: 'radio',
                name: 'show',
                value: v,
                checked: v === 'all',
                onchange: () => {
                  state.filter = v;
                  redraw();
                },
              }),
              el('span', { id: 'show-' + v }),
            ),
          ),
        ),
      ),
      el(
        'div',
        { class: 'field' },
        tx('label', 'al.search', { for: 'proposal-search' }),
        el('input', {
          type: 'search',
          id: 'proposal-search',
          autocomplete: 'off',
          oninput: (e) => {
            state.search = e.target.value.trim().toLowerCase();
            redraw();
          },
        }),
      ),
    ),
    tx('p', 'al.moveHint', { class: 'hint' }),
    el('div', { class: 'table-wrap' }, el('table', { id: 'proposal' })),
  ];
}

function row(state, p) {
  const placed = p.slotId != null;
  const s = state.slots.get(p.slotId);
  const actions = editable(state)
    ? [
        el(
          'button',
          {
            type: 'button',
            class: 'secondary move',
            'aria-expanded': String(state.editing === p.groupId),
            'aria-controls': 'move-row',
            'aria-label': t('al.move') + ': ' + p.school + ' ' + p.group,
            onclick: () => openEditor(state, p.groupId),
          },
          t('al.move'),
        ),
        placed
          ? el(
              'button',
              {
                type: 'button',
                class: 'secondary pin',
                'aria-pressed': String(p.pinned),
                'aria-label': t(p.pinned ? 'al.unpin' : 'al.pin') + ': ' + p.school + ' ' + p.group,
                onclick: (e) => pin(state, p, e.currentTarget),
              },
              t(p.pinned ? 'al.unpin' : 'al.pin'),
            )
          : null,
      ]
    : [];
  return el(
    'tr',
    { dataset: { group: p.groupId, placed: String(placed), pinned: String(p.pinned) } },
    el('td', {}, p.school),
    el('td', {}, p.group),
    el('td', {}, t('level.' + p.level)),
    el('td', { class: 'num' }, p.pupils),
    el(
      'td',
      {},
      el(
        'div',
        {},
        placed
          ? [
              p.company || p.slot,
              el('br'),
              el(
                'small',
                { class: 'muted' },
                s ? slotLabel(s).split(' · ').slice(1).join(' · ') + ' · ' + p.slot : p.slot,
              ),
            ]
          : el('span', { class: 'badge wait' }, t('al.waiting')),
        p.pinned ? [' ', el('span', { class: 'badge ok' }, t('al.pinned'))] : null,
      ),
    ),
    el('td', {}, p.wishRank ? t('al.wishRank', { rank: p.wishRank }) : '–'),
    el('td', { class: 'explanation' }, p.explanation || ''),
    el('td', { class: 'actions-cell' }, el('div', {}, actions)),
  );
}

export function renderProposal(state) {
  const { proposal, filter, search } = state;
  const counts = { all: proposal.length, placed: proposal.filter((p) => p.slotId != null).length };
  counts.waiting = counts.all - counts.placed;
  for (const v of ['all', 'placed', 'waiting'])
    $(state, '#show-' + v).textContent = t('al.show.' + v, { count: counts[v] });
  const shown = proposal.filter(
    (p) =>
      (filter === 'all' || (filter === 'placed') === (p.slotId != null)) &&
      (!search || (p.school + ' ' + p.group).toLowerCase().includes(search)),
  );
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      COLUMNS.filter((c) => c !== 'actions' || editable(state)).map((c) => tx('th', 'al.col.' + c, { scope: 'col' })),
    ),
  );
  const rows = shown.flatMap((p) =>
    state.editing === p.groupId && editable(state) ? [row(state, p), moveEditor(state, p)] : [row(state, p)],
  );
  stacked(
    show(
      '#proposal',
      head,
      el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: 8, class: 'muted' }, t('al.none')))),
    ),
  );
}
