// The proposal's summary: schools with a visit, groups placed and waiting, wish points, travel,
// pinned groups, and how many groups got which wish.
import { el, show, t } from './lokaal.js';
import { number, tx } from './beheer-basis.js';

/** The summary's heading, its figures and the wishes met. */
export function summaryParts() {
  return [tx('h3', 'al.result'), el('dl', { id: 'allocation-summary', class: 'stats' }), el('p', { id: 'wishes-met' })];
}

/** Fills the figures in from the state's summary and proposal. */
export function renderSummary(state) {
  const { summary, proposal } = state;
  if (!summary) return;
  const o = summary.objective;
  const schools = new Set(proposal.map((p) => state.schoolOf.get(p.groupId) ?? p.school)).size;
  const item = (key, value, extra) =>
    el(
      'div',
      {},
      tx('dt', 'al.sum.' + key),
      el('dd', { dataset: { summary: key } }, value, extra ? el('small', { class: 'muted' }, ' ', extra) : null),
    );
  show(
    '#allocation-summary',
    item('schools', number(o.schools), t('al.of', { total: number(schools) })),
    item('groups', number(summary.placed), t('al.of', { total: number(summary.groups) })),
    item('waiting', number(summary.waiting)),
    item('points', number(o.points)),
    item('km', number(Math.round(o.metres / 100) / 10, 1)),
    item('pinned', number(summary.pinned)),
  );
  const ranks = new Map();
  let noWish = 0;
  for (const p of proposal.filter((x) => x.slotId != null)) {
    if (p.wishRank) ranks.set(p.wishRank, (ranks.get(p.wishRank) || 0) + 1);
    else noWish++;
  }
  const parts = [...ranks.keys()].sort((a, b) => a - b).map((r) => t('al.wish', { rank: r }) + ': ' + ranks.get(r));
  if (noWish) parts.push(t('al.noWish') + ': ' + noWish);
  show('#wishes-met', el('strong', {}, t('al.wishes') + ': '), parts.join(' · ') || '–');
}
