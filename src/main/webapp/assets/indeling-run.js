// The allocation run: start it, follow its stage and best objective by polling, cancel it.
import { api, el, fail, notice, t } from './lokaal.js';
import { number, objectiveText, tx } from './beheer-basis.js';
import { $, loadRun, running } from './indeling-state.js';

/** How far along a run is, per stage: the MIP goes schools, groups, points, km; the flow goes bounds, flow, search, bound. */
const STEP = {
  CANDIDATES: 0,
  BOUNDS: 1,
  MIP_SCHOOLS: 1,
  FLOW: 2,
  MIP_GROUPS: 2,
  MIP_POINTS: 3,
  LOCAL_SEARCH: 3,
  MIP_KM: 4,
  LP_BOUND: 4,
  DONE: 5,
};
const POLL_MS = 500;

/** The run's card: its state, the start and cancel buttons, and the progress while it runs. */
export function runCard(state) {
  return el(
    'div',
    { class: 'card', id: 'allocation-run' },
    el('p', { id: 'allocation-state', role: 'status' }),
    el(
      'div',
      { class: 'actions' },
      el('button', {
        type: 'button',
        id: 'start-allocation',
        hidden: true,
        onclick: (e) => startRun(state, e.currentTarget),
      }),
      tx('button', 'al.cancel', {
        type: 'button',
        id: 'cancel-allocation',
        class: 'secondary',
        hidden: true,
        onclick: (e) => cancelRun(state, e.currentTarget),
      }),
    ),
    el(
      'div',
      { id: 'allocation-running', hidden: true },
      tx('label', 'al.progress', { for: 'allocation-progress' }),
      el('progress', { id: 'allocation-progress', max: 5, value: 0 }),
      el('p', { id: 'allocation-stage', 'aria-live': 'polite' }),
      el('p', { id: 'allocation-best', class: 'muted' }),
    ),
  );
}

export function renderRun(state) {
  const { edition, run } = state;
  const s = edition.status;
  const start = $(state, '#start-allocation');
  start.hidden = running(state) || !(s === 'CLOSED' || s === 'ALLOCATED');
  start.dataset.t = s === 'ALLOCATED' ? 'al.rerun' : 'al.start';
  start.textContent = t(start.dataset.t);
  $(state, '#cancel-allocation').hidden = !running(state);
  $(state, '#allocation-running').hidden = !running(state);
  const shown = $(state, '#allocation-state');
  shown.dataset.state = run?.state || '';
  if (run) {
    const quality = run.optimal
      ? t('al.optimal')
      : run.gapPoints != null
        ? t('al.gap', { points: number(run.gapPoints, 0) })
        : '';
    shown.textContent = t('al.state.' + run.state, { quality });
  } else {
    shown.textContent = s === 'DRAFT' || s === 'OPEN' ? t('al.notYet') : s === 'CLOSED' ? t('al.ready') : '';
  }
  if (running(state)) {
    $(state, '#allocation-progress').value = STEP[run.stage] ?? 0;
    const stage = t('al.stage.' + run.stage);
    if ($(state, '#allocation-stage').textContent !== stage) $(state, '#allocation-stage').textContent = stage;
    const seconds = Math.round((Date.now() - new Date(run.started).getTime()) / 1000);
    $(state, '#allocation-best').textContent =
      (run.best ? t('al.best', { objective: objectiveText(run.best) }) + ' · ' : '') +
      t('al.elapsed', { seconds: Math.max(0, seconds) });
  }
}

/** Polls the running run again shortly. */
export function follow(state) {
  state.timer = setTimeout(() => poll(state), POLL_MS);
}

async function poll(state) {
  clearTimeout(state.timer);
  state.timer = null;
  try {
    await loadRun(state);
  } catch (error) {
    fail(error);
    return;
  }
  renderRun(state);
  if (running(state)) {
    follow(state);
  } else {
    $(state, '#allocation-state').focus?.();
    await state.onEditionChanged();
  }
}

async function startRun(state, button) {
  button.disabled = true;
  try {
    state.run = await api('POST', state.path);
    notice(t('al.started'));
    state.editing = null;
    state.redraw.panel();
    follow(state);
  } catch (error) {
    fail(error);
  } finally {
    button.disabled = false;
  }
}

async function cancelRun(state, button) {
  button.disabled = true;
  try {
    state.run = await api('DELETE', state.path);
    notice(t('al.cancelled'));
  } catch (error) {
    fail(error);
  } finally {
    button.disabled = false;
  }
}
