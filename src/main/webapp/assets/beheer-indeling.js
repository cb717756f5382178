// The allocation panel of a Week van de Techniek (on beheer-editie.html): start a run and follow it
// (polling the run's stage and best objective), review the proposal, move and pin groups by hand
// with the server's verdict on each move, run again around the pins, and publish. This module
// builds the panel and redraws it; the parts live in indeling-*.js and share one state object.
//
// Ids for browser tests:
//   #start-allocation, #cancel-allocation, #allocation-progress (<progress>), #allocation-stage, #allocation-best,
//   #allocation-state (p[data-state="RUNNING|DONE|CANCELLED|FAILED"] after a run), in #allocation-run, hidden once published
//   #allocation-review, #allocation-summary (dd[data-summary="schools|groups|waiting|points|km|pinned"]), #wishes-met
//   #proposal-filter (radios name=show: all|placed|waiting), #proposal-search
//   #proposal         table; rows tr[data-group="<id>"][data-placed="true|false"][data-pinned], buttons .move and .pin
//   #move-form        the open move editor: #move-slot (select of the allowed slots; "" is the waiting list;
//                     choosing sends nothing), #move-show-all, #move-refused (li[data-slot] with the reasons),
//                     #move-reason (shown for a slot that needs a reason), #move-pinned, #move-submit, #move-feedback
//   #publish, #publish-confirm-box, #publish-confirm, #publish-cancel
import { el, fail, show, translate } from './lokaal.js';
import { tx } from './beheer-basis.js';
import { $, editable, loadReview, loadRun, panelState, running } from './indeling-state.js';
import { follow, renderRun, runCard } from './indeling-run.js';
import { renderProposal, tableParts } from './indeling-proposal.js';
import { reloadEditor } from './indeling-move.js';
import { renderSummary, summaryParts } from './indeling-summary.js';
import { publishParts } from './indeling-publish.js';

export function allocationPanel(section, id, onEditionChanged) {
  const state = panelState(section, id, onEditionChanged);

  show(
    section,
    tx('h2', 'al.title', { id: 'allocation-title' }),
    tx('p', 'al.intro', { class: 'hint' }),
    runCard(state),
    el(
      'div',
      { id: 'allocation-review', hidden: true },
      ...summaryParts(),
      ...publishParts(state),
      ...tableParts(state),
    ),
  );

  function renderReview() {
    const s = state.edition.status;
    $(state, '#allocation-review').hidden = !(s === 'ALLOCATED' || s === 'PUBLISHED') || !state.summary;
    $(state, '#publish-area').hidden = !editable(state) || running(state);
    $(state, '#published-note').hidden = s !== 'PUBLISHED';
    renderSummary(state);
    renderProposal(state);
  }

  function render() {
    if (!state.edition) return;
    section.hidden = false;
    renderRun(state);
    // Once published, the edition's status is the one that counts: the last run's (done, cancelled) is history.
    $(state, '#allocation-run').hidden = state.edition.status === 'PUBLISHED';
    renderReview();
  }

  state.redraw = { panel: render, review: renderReview, proposal: () => renderProposal(state) };
  // The proposal's explanations and the move editor's refusals come from the server in the page's
  // language: load them again in the new one.
  document.addEventListener('lokaal:language', async () => {
    try {
      if (state.summary) await Promise.all([loadReview(state), reloadEditor(state)]);
    } catch (error) {
      fail(error);
    }
    render();
  });

  return {
    /** Shows the panel for the edition as it now is; loads the run and, once there is one, the proposal. */
    async update(changed) {
      state.edition = changed;
      try {
        if (changed.status !== 'DRAFT' && changed.status !== 'OPEN') await loadRun(state);
        if (changed.status === 'ALLOCATED' || changed.status === 'PUBLISHED') await loadReview(state);
        render();
        translate(section);
        if (running(state) && !state.timer) follow(state);
      } catch (error) {
        render();
        fail(error);
      }
    },
  };
}
