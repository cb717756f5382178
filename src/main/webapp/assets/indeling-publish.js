// Publishing the proposal, after a confirmation that says how many groups are booked and how many
// stay on the waiting list.
import { api, el, fail, notice, t } from './lokaal.js';
import { tx } from './beheer-basis.js';
import { $ } from './indeling-state.js';

/** The publish button with its confirmation box, and the note shown once the edition is published. */
export function publishParts(state) {
  return [
    el(
      'div',
      { id: 'publish-area', class: 'card' },
      tx('p', 'al.publishHint', { class: 'hint' }),
      el(
        'div',
        { class: 'actions' },
        tx('button', 'al.publish', { type: 'button', id: 'publish', onclick: () => askPublish(state) }),
      ),
      el(
        'div',
        {
          id: 'publish-confirm-box',
          class: 'confirm',
          hidden: true,
          role: 'alertdialog',
          'aria-labelledby': 'publish-confirm-text',
        },
        el('p', { id: 'publish-confirm-text', tabindex: '-1' }),
        el(
          'div',
          { class: 'actions' },
          tx('button', 'al.publishYes', {
            type: 'button',
            id: 'publish-confirm',
            class: 'danger',
            onclick: (e) => publish(state, e.currentTarget),
          }),
          tx('button', 'cancel', {
            type: 'button',
            id: 'publish-cancel',
            class: 'secondary',
            onclick: () => cancelPublish(state),
          }),
        ),
      ),
    ),
    tx('p', 'al.publishedNote', { id: 'published-note', class: 'notice ok', hidden: true }),
  ];
}

function askPublish(state) {
  $(state, '#publish-confirm-text').textContent = t('al.publishConfirm', {
    placed: state.summary.placed,
    waiting: state.summary.waiting,
  });
  $(state, '#publish-confirm-box').hidden = false;
  $(state, '#publish').hidden = true;
  $(state, '#publish-confirm-text').focus();
}

function cancelPublish(state) {
  $(state, '#publish-confirm-box').hidden = true;
  $(state, '#publish').hidden = false;
  $(state, '#publish').focus();
}

async function publish(state, button) {
  button.disabled = true;
  try {
    const published = await api('POST', state.path + '/publish');
    $(state, '#publish-confirm-box').hidden = true;
    $(state, '#publish').hidden = false;
    state.editing = null;
    notice(t('al.published', published));
    await state.onEditionChanged();
  } catch (error) {
    fail(error);
  } finally {
    button.disabled = false;
  }
}
