// The allocation panel's one state object, shared by its modules (run, proposal, move editor,
// publish): what the server said last, what the organiser chose to see, and how to redraw.
import { ApiError, api } from './lokaal.js';

export function panelState(section, editionId, onEditionChanged) {
  return {
    section,
    editionId,
    path: 'editions/' + editionId + '/allocation',
    /** Called after a run ends and after publishing: the edition page reloads the edition and calls update(). */
    onEditionChanged,
    edition: null,
    /** The latest run ({state, stage, best, method, ...}), or null before the first. */
    run: null,
    /** The proposal's totals ({objective, groups, placed, waiting, pinned}). */
    summary: null,
    /** One placement per group, sorted by school and group; slotId null is the waiting list. */
    proposal: [],
    /** The edition's slots by id, and each group's school id (loaded once). */
    slots: new Map(),
    schoolOf: new Map(),
    /** What the proposal table shows: 'all', 'placed' or 'waiting', and the search text. */
    filter: 'all',
    search: '',
    /** The group whose move editor is open, and the verdict on its last move ({groupId, text}). */
    editing: null,
    feedback: null,
    /** The pending poll of a running run. */
    timer: null,
    /** Redraws the panel, the review (summary and table) or the table alone; set by beheer-indeling.js. */
    redraw: { panel() {}, review() {}, proposal() {} },
  };
}

/** An element inside the panel. */
export function $(state, selector) {
  return state.section.querySelector(selector);
}

export function editable(state) {
  return state.edition?.status === 'ALLOCATED';
}

export function running(state) {
  return state.run?.state === 'RUNNING';
}

/** Loads the latest run; none yet is null. */
export async function loadRun(state) {
  try {
    state.run = await api('GET', state.path);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    state.run = null;
  }
}

/** Loads the proposal and its summary, and the first time also the slots and groups. */
export async function loadReview(state) {
  const first = !state.slots.size;
  const editions = 'editions/' + state.editionId;
  const [sum, placements, list, groups] = await Promise.all([
    api('GET', state.path + '/summary'),
    api('GET', state.path + '/proposal'),
    first ? api('GET', editions + '/slots') : null,
    first ? api('GET', editions + '/groups') : null,
  ]);
  state.summary = sum;
  state.proposal = placements.sort(
    (a, b) => a.school.localeCompare(b.school, 'nl') || a.group.localeCompare(b.group, 'nl'),
  );
  if (first) {
    state.slots = new Map(list.map((s) => [s.id, s]));
    // Schools are counted by id: two locations of one school board may share a name.
    state.schoolOf = new Map(groups.map((g) => [g.id, g.schoolId]));
  }
}
