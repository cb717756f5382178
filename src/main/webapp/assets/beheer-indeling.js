// The allocation panel of a Week van de Techniek (on beheer-editie.html): start a run and follow it
// (polling the run's stage and best objective), review the proposal, move and pin groups by hand
// with the server's verdict on each move, run again around the pins, and publish.
//
// Ids for browser tests:
//   #start-allocation, #cancel-allocation, #allocation-progress (<progress>), #allocation-stage, #allocation-best,
//   #allocation-state (p[data-state="RUNNING|DONE|CANCELLED|FAILED"] after a run)
//   #allocation-review, #allocation-summary (dd[data-summary="schools|groups|waiting|points|km|pinned"]), #wishes-met
//   #proposal-filter (radios name=show: all|placed|waiting), #proposal-search
//   #proposal         table; rows tr[data-group="<id>"][data-placed="true|false"][data-pinned], buttons .move and .pin
//   #move-form        the open move editor: #move-slot (select; "" is the waiting list), #move-pinned, #move-feedback
//   #publish, #publish-confirm-box, #publish-confirm, #publish-cancel
import { ApiError, api, clearErrors, date, el, fail, notice, show, showErrors, t, time, translate } from './lokaal.js';
import { number, objectiveText, stacked, tx } from './beheer-basis.js';

/** How far along a run is, per stage: the MIP goes schools, groups, points, km; the flow goes bounds, flow, search, bound. */
const STEP = { CANDIDATES: 0, BOUNDS: 1, MIP_SCHOOLS: 1, FLOW: 2, MIP_GROUPS: 2, MIP_POINTS: 3, LOCAL_SEARCH: 3, MIP_KM: 4, LP_BOUND: 4, DONE: 5 };
const POLL_MS = 500;

/** Lexicographic, as the server ranks objectives: schools, groups, points (more is better), then km (less). */
function compare(a, b) {
  return a.schools - b.schools || a.groups - b.groups || a.points - b.points || Math.round(b.metres / 100) - Math.round(a.metres / 100);
}

export function allocationPanel(section, id, onEditionChanged) {
  const path = 'editions/' + id + '/allocation';
  let edition = null;
  let run = null;
  let summary = null;
  let proposal = [];
  let slots = new Map();
  let schoolOf = new Map();
  let filter = 'all';
  let search = '';
  let editing = null;
  let feedback = null;
  let timer = null;

  show(section,
    tx('h2', 'al.title', { id: 'allocation-title' }),
    tx('p', 'al.intro', { class: 'hint' }),
    el('div', { class: 'card', id: 'allocation-run' },
      el('p', { id: 'allocation-state', role: 'status' }),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'start-allocation', hidden: true }),
        tx('button', 'al.cancel', { type: 'button', id: 'cancel-allocation', class: 'secondary', hidden: true })),
      el('div', { id: 'allocation-running', hidden: true },
        tx('label', 'al.progress', { for: 'allocation-progress' }),
        el('progress', { id: 'allocation-progress', max: 5, value: 0 }),
        el('p', { id: 'allocation-stage', 'aria-live': 'polite' }),
        el('p', { id: 'allocation-best', class: 'muted' }))),
    el('div', { id: 'allocation-review', hidden: true },
      tx('h3', 'al.result'),
      el('dl', { id: 'allocation-summary', class: 'stats' }),
      el('p', { id: 'wishes-met' }),
      el('div', { id: 'publish-area', class: 'card' },
        tx('p', 'al.publishHint', { class: 'hint' }),
        el('div', { class: 'actions' }, tx('button', 'al.publish', { type: 'button', id: 'publish' })),
        el('div', { id: 'publish-confirm-box', class: 'confirm', hidden: true, role: 'alertdialog', 'aria-labelledby': 'publish-confirm-text' },
          el('p', { id: 'publish-confirm-text', tabindex: '-1' }),
          el('div', { class: 'actions' },
            tx('button', 'al.publishYes', { type: 'button', id: 'publish-confirm', class: 'danger' }),
            tx('button', 'cancel', { type: 'button', id: 'publish-cancel', class: 'secondary' })))),
      tx('p', 'al.publishedNote', { id: 'published-note', class: 'notice ok', hidden: true }),
      tx('h3', 'al.perGroup'),
      el('div', { class: 'filters' },
        el('fieldset', { id: 'proposal-filter' }, tx('legend', 'al.show'), el('div', { class: 'choices' },
          ['all', 'placed', 'waiting'].map((v) => el('label', {},
            el('input', { type: 'radio', name: 'show', value: v, checked: v === 'all', onchange: () => { filter = v; renderProposal(); } }),
            el('span', { id: 'show-' + v }))))),
        el('div', { class: 'field' }, tx('label', 'al.search', { for: 'proposal-search' }),
          el('input', { type: 'search', id: 'proposal-search', autocomplete: 'off', oninput: (e) => { search = e.target.value.trim().toLowerCase(); renderProposal(); } }))),
      tx('p', 'al.moveHint', { class: 'hint' }),
      el('div', { class: 'table-wrap' }, el('table', { id: 'proposal' }))));
  const $ = (selector) => section.querySelector(selector);

  const editable = () => edition?.status === 'ALLOCATED';
  const running = () => run?.state === 'RUNNING';

  function slotLabel(s) {
    if (!s) return '';
    return (s.company || s.code) + ' · ' + date(s.date, { weekday: 'short', day: 'numeric', month: 'short' }) + ' ' + time(s.start) + '–' + time(s.end);
  }

  function renderRun() {
    const s = edition.status;
    const start = $('#start-allocation');
    start.hidden = running() || !(s === 'CLOSED' || s === 'ALLOCATED');
    start.dataset.t = s === 'ALLOCATED' ? 'al.rerun' : 'al.start';
    start.textContent = t(start.dataset.t);
    $('#cancel-allocation').hidden = !running();
    $('#allocation-running').hidden = !running();
    const state = $('#allocation-state');
    state.dataset.state = run?.state || '';
    if (run) {
      const quality = run.optimal ? t('al.optimal') : run.gapPoints != null ? t('al.gap', { points: number(run.gapPoints, 0) }) : '';
      state.textContent = t('al.state.' + run.state, { method: run.method || '', quality, error: run.error || '' });
    } else {
      state.textContent = s === 'DRAFT' || s === 'OPEN' ? t('al.notYet') : s === 'CLOSED' ? t('al.ready') : '';
    }
    if (running()) {
      $('#allocation-progress').value = STEP[run.stage] ?? 0;
      const stage = t('al.stage.' + run.stage);
      if ($('#allocation-stage').textContent !== stage) $('#allocation-stage').textContent = stage;
      const seconds = Math.round((Date.now() - new Date(run.started).getTime()) / 1000);
      $('#allocation-best').textContent = (run.best ? t('al.best', { objective: objectiveText(run.best) }) + ' · ' : '') + t('al.elapsed', { seconds: Math.max(0, seconds) });
    }
  }

  function renderSummary() {
    if (!summary) return;
    const o = summary.objective;
    const schools = new Set(proposal.map((p) => schoolOf.get(p.groupId) ?? p.school)).size;
    const item = (key, value, extra) => el('div', {}, tx('dt', 'al.sum.' + key), el('dd', { dataset: { summary: key } }, value, extra ? el('small', { class: 'muted' }, ' ', extra) : null));
    show('#allocation-summary',
      item('schools', number(o.schools), t('al.of', { total: number(schools) })),
      item('groups', number(summary.placed), t('al.of', { total: number(summary.groups) })),
      item('waiting', number(summary.waiting)),
      item('points', number(o.points)),
      item('km', number(Math.round(o.metres / 100) / 10, 1)),
      item('pinned', number(summary.pinned)));
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

  function slotOptions(p) {
    const use = new Map();
    for (const q of proposal) {
      if (q.slotId == null) continue;
      const u = use.get(q.slotId) || { groups: 0, pupils: 0 };
      u.groups++;
      u.pupils += q.pupils;
      use.set(q.slotId, u);
    }
    const fitting = [...slots.values()].filter((s) => s.levels.includes(p.level) || s.id === p.slotId)
      .sort((a, b) => (a.company || '').localeCompare(b.company || '', 'nl') || a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
    return [el('option', { value: '', selected: p.slotId == null }, t('al.toWaiting')),
      ...fitting.map((s) => {
        const u = use.get(s.id) || { groups: 0, pupils: 0 };
        return el('option', { value: s.id, selected: s.id === p.slotId },
          slotLabel(s) + ' · ' + t('al.slotUse', { groups: u.groups, maxGroups: s.maxGroups, pupils: u.pupils, seats: s.seats }));
      })];
  }

  function moveEditor(p) {
    const select = el('select', { id: 'move-slot', name: 'slotId', onchange: () => move(p, select.value === '' ? null : Number(select.value), pinned.checked, select) },
      slotOptions(p));
    const pinned = el('input', { type: 'checkbox', id: 'move-pinned', name: 'pinned', checked: p.pinned, onchange: () => move(p, p.slotId, pinned.checked, pinned) });
    const said = feedback?.groupId === p.groupId ? feedback.text : '';
    return el('tr', { class: 'move-row', id: 'move-row' }, el('td', { colspan: 8 },
      el('form', { id: 'move-form', class: 'move-form', novalidate: true, onsubmit: (e) => e.preventDefault(), 'aria-label': t('al.move') + ': ' + p.school + ' ' + p.group },
        el('div', { class: 'field' }, tx('label', 'al.moveTo', { for: 'move-slot' }), select),
        el('div', { class: 'field' }, el('label', { class: 'check' }, pinned, ' ', tx('span', 'al.keepPinned'))),
        el('p', { id: 'move-feedback', role: 'status', class: feedback?.groupId === p.groupId ? 'notice ok' : '', hidden: !said }, said),
        el('div', { class: 'actions' }, tx('button', 'al.close', { type: 'button', class: 'secondary', onclick: () => closeEditor(p.groupId) })))));
  }

  function row(p) {
    const placed = p.slotId != null;
    const s = slots.get(p.slotId);
    const actions = editable() ? [
      el('button', { type: 'button', class: 'secondary move', 'aria-expanded': String(editing === p.groupId), 'aria-controls': 'move-row',
        'aria-label': t('al.move') + ': ' + p.school + ' ' + p.group, onclick: () => openEditor(p.groupId) }, t('al.move')),
      placed ? el('button', { type: 'button', class: 'secondary pin', 'aria-pressed': String(p.pinned), 'aria-label': t(p.pinned ? 'al.unpin' : 'al.pin') + ': ' + p.school + ' ' + p.group,
        onclick: (e) => pin(p, e.currentTarget) }, t(p.pinned ? 'al.unpin' : 'al.pin')) : null] : [];
    return el('tr', { dataset: { group: p.groupId, placed: String(placed), pinned: String(p.pinned) } },
      el('td', {}, p.school), el('td', {}, p.group), el('td', {}, t('level.' + p.level)), el('td', { class: 'num' }, p.pupils),
      el('td', {}, el('div', {}, placed ? [p.company || p.slot, el('br'), el('small', { class: 'muted' }, s ? slotLabel(s).split(' · ').slice(1).join(' · ') + ' · ' + p.slot : p.slot)]
        : el('span', { class: 'badge wait' }, t('al.waiting')), p.pinned ? [' ', el('span', { class: 'badge ok' }, t('al.pinned'))] : null)),
      el('td', {}, p.wishRank ? t('al.wishRank', { rank: p.wishRank }) : '–'),
      el('td', { class: 'explanation' }, p.explanation || ''),
      el('td', { class: 'actions-cell' }, el('div', {}, actions)));
  }

  function renderProposal() {
    const counts = { all: proposal.length, placed: proposal.filter((p) => p.slotId != null).length };
    counts.waiting = counts.all - counts.placed;
    for (const v of ['all', 'placed', 'waiting']) $('#show-' + v).textContent = t('al.show.' + v, { count: counts[v] });
    const shown = proposal.filter((p) => (filter === 'all' || (filter === 'placed') === (p.slotId != null))
      && (!search || (p.school + ' ' + p.group).toLowerCase().includes(search)));
    const head = el('thead', {}, el('tr', {}, ['school', 'group', 'level', 'pupils', 'placement', 'wish', 'explanation', 'actions']
      .filter((c) => c !== 'actions' || editable()).map((c) => tx('th', 'al.col.' + c, { scope: 'col' }))));
    const rows = shown.flatMap((p) => (editing === p.groupId && editable() ? [row(p), moveEditor(p)] : [row(p)]));
    stacked(show('#proposal', head, el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: 8, class: 'muted' }, t('al.none'))))));
  }

  function renderReview() {
    const s = edition.status;
    $('#allocation-review').hidden = !(s === 'ALLOCATED' || s === 'PUBLISHED') || !summary;
    $('#publish-area').hidden = !editable() || running();
    $('#published-note').hidden = s !== 'PUBLISHED';
    renderSummary();
    renderProposal();
  }

  function render() {
    if (!edition) return;
    section.hidden = false;
    renderRun();
    renderReview();
  }

  async function loadReview() {
    const first = !slots.size;
    const [sum, placements, list, groups] = await Promise.all([api('GET', path + '/summary'), api('GET', path + '/proposal'),
      first ? api('GET', 'editions/' + id + '/slots') : null, first ? api('GET', 'editions/' + id + '/groups') : null]);
    summary = sum;
    proposal = placements.sort((a, b) => a.school.localeCompare(b.school, 'nl') || a.group.localeCompare(b.group, 'nl'));
    if (first) {
      slots = new Map(list.map((s) => [s.id, s]));
      // Schools are counted by id: two locations of one school board may share a name.
      schoolOf = new Map(groups.map((g) => [g.id, g.schoolId]));
    }
  }

  async function loadRun() {
    try {
      run = await api('GET', path);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      run = null;
    }
  }

  async function poll() {
    clearTimeout(timer);
    timer = null;
    try {
      await loadRun();
    } catch (error) {
      fail(error);
      return;
    }
    renderRun();
    if (running()) {
      timer = setTimeout(poll, POLL_MS);
    } else {
      $('#allocation-state').focus?.();
      await onEditionChanged();
    }
  }

  async function startRun(button) {
    button.disabled = true;
    try {
      run = await api('POST', path);
      notice(t('al.started'));
      editing = null;
      render();
      timer = setTimeout(poll, POLL_MS);
    } catch (error) {
      fail(error);
    } finally {
      button.disabled = false;
    }
  }

  async function cancelRun(button) {
    button.disabled = true;
    try {
      run = await api('DELETE', path);
      notice(t('al.cancelled'));
    } catch (error) {
      fail(error);
    } finally {
      button.disabled = false;
    }
  }

  function openEditor(groupId) {
    editing = editing === groupId ? null : groupId;
    feedback = null;
    renderProposal();
    if (editing) $('#move-slot')?.focus();
  }

  function closeEditor(groupId) {
    editing = null;
    feedback = null;
    renderProposal();
    section.querySelector(`tr[data-group="${groupId}"] button.move`)?.focus();
  }

  /** Sends one move; the server refuses a move that breaks a hard rule, and says what it does to the objective otherwise. */
  async function move(p, slotId, pinned, control) {
    const form = $('#move-form');
    clearErrors(form);
    control.disabled = true;
    try {
      const moved = await api('PUT', path + '/proposal/' + p.groupId, { slotId, pinned });
      const c = compare(moved.after, moved.before);
      feedback = { groupId: p.groupId, text: t('al.moved', { verdict: t(c > 0 ? 'al.better' : c < 0 ? 'al.worse' : 'al.same'),
        before: objectiveText(moved.before), after: objectiveText(moved.after) }) };
      await loadReview();
      renderReview();
      $('#' + control.id)?.focus();
    } catch (error) {
      control.disabled = false;
      if (control.tagName === 'SELECT') control.value = p.slotId == null ? '' : String(p.slotId);
      else control.checked = p.pinned;
      const reason = error.problem?.detail || error.message;
      showErrors(form, new ApiError(error.status, { ...error.problem, errors: [{ field: control.name, message: t('al.refused', { reason }) }] }));
      $('#move-feedback').hidden = true;
    }
  }

  async function pin(p, button) {
    button.disabled = true;
    try {
      await api('PUT', path + '/proposal/' + p.groupId, { slotId: p.slotId, pinned: !p.pinned });
      notice(t(p.pinned ? 'al.unpinnedNotice' : 'al.pinnedNotice', { group: p.school + ' ' + p.group }));
      await loadReview();
      renderReview();
      section.querySelector(`tr[data-group="${p.groupId}"] button.pin`)?.focus();
    } catch (error) {
      button.disabled = false;
      fail(error);
    }
  }

  function askPublish() {
    $('#publish-confirm-text').textContent = t('al.publishConfirm', { placed: summary.placed, waiting: summary.waiting });
    $('#publish-confirm-box').hidden = false;
    $('#publish').hidden = true;
    $('#publish-confirm-text').focus();
  }

  function cancelPublish() {
    $('#publish-confirm-box').hidden = true;
    $('#publish').hidden = false;
    $('#publish').focus();
  }

  async function publish(button) {
    button.disabled = true;
    try {
      const published = await api('POST', path + '/publish');
      $('#publish-confirm-box').hidden = true;
      $('#publish').hidden = false;
      editing = null;
      notice(t('al.published', published));
      await onEditionChanged();
    } catch (error) {
      fail(error);
    } finally {
      button.disabled = false;
    }
  }

  $('#start-allocation').addEventListener('click', (e) => startRun(e.currentTarget));
  $('#cancel-allocation').addEventListener('click', (e) => cancelRun(e.currentTarget));
  $('#publish').addEventListener('click', askPublish);
  $('#publish-cancel').addEventListener('click', cancelPublish);
  $('#publish-confirm').addEventListener('click', (e) => publish(e.currentTarget));
  document.addEventListener('lokaal:language', render);

  return {
    /** Shows the panel for the edition as it now is; loads the run and, once there is one, the proposal. */
    async update(changed) {
      edition = changed;
      try {
        if (edition.status !== 'DRAFT' && edition.status !== 'OPEN') await loadRun();
        if (edition.status === 'ALLOCATED' || edition.status === 'PUBLISHED') await loadReview();
        render();
        translate(section);
        if (running() && !timer) timer = setTimeout(poll, POLL_MS);
      } catch (error) {
        render();
        fail(error);
      }
    },
  };
}
