// The region's register of schools on beheer.html: the organiser uploads the list of all school
// locations (DUO's "Adressen alle vestigingen" or a list of their own, CSV or Excel), sees what it
// would add, change and close, and applies exactly that preview with its token. Below, the register
// itself (beheer-register-list.js).
//
// Ids for browser tests:
//   #register-region    the region whose register is shown (organisers of several, administrators)
//   #register-form      file input #register-file, radio name=mode (replace|merge)
//   #register-preview   td[data-count=added|changed|closed|unchanged]; #register-apply, #register-cancel
//   #register-errors    refused rows tr.register-error
import { ApiError, api, clearErrors, el, fail, notice, show, showErrors, t, upload } from './lokaal.js';
import { head, number, stacked } from './beheer-basis.js';
import { registerList } from './beheer-register-list.js';

const SHOWN = 50;

/** Wires the register section for the caller's regions ({code, name}); returns {rerender()}. */
export function registerPanel(regions) {
  const section = document.querySelector('#register-section');
  const form = document.querySelector('#register-form');
  const input = form.querySelector('[name=file]');
  const submit = form.querySelector('[type=submit]');
  const progress = document.querySelector('#register-progress');
  const picker = document.querySelector('#register-region');
  const list = registerList();
  let pending = null;
  if (!regions.length) return { rerender() {} };
  section.hidden = false;
  show(
    picker,
    regions.map((r) => el('option', { value: r.code }, r.name)),
  );
  picker.closest('.field').hidden = regions.length < 2;

  const region = () => picker.value;
  const path = () => 'regions/' + encodeURIComponent(region()) + '/register';

  function showProgress(fraction) {
    progress.hidden = false;
    const bar = progress.querySelector('progress');
    const label = progress.querySelector('span');
    if (fraction === null) {
      bar.removeAttribute('value');
      label.textContent = t('reg.checking');
    } else {
      bar.value = fraction;
      label.textContent = t('reg.sending', { percent: Math.round(fraction * 100) });
    }
  }

  async function send(file, mode, token) {
    const data = new FormData();
    data.append('file', file, file.name);
    const query = '?mode=' + mode + (token ? '&apply=true&expect=' + encodeURIComponent(token) : '');
    submit.disabled = true;
    try {
      return await upload('POST', path() + query, data, showProgress);
    } finally {
      progress.hidden = true;
      submit.disabled = false;
    }
  }

  function refused(error) {
    const rows = (error.problem?.errors || []).filter((e) => e.reason);
    if (!rows.length) {
      showErrors(form, error);
      return;
    }
    show(
      '#register-errors',
      stacked(
        el(
          'table',
          { id: 'register-error-table' },
          el('caption', { class: 'field-error', tabindex: '-1' }, t('reg.rejected', { count: rows.length })),
          head('reg.col.', 'file', 'line', 'column', 'reason'),
          el(
            'tbody',
            {},
            rows.map((e) =>
              el(
                'tr',
                { class: 'register-error' },
                el('td', {}, e.file || '–'),
                el('td', { class: 'num' }, e.line || '–'),
                el('td', {}, e.column || '–'),
                el('td', {}, e.reason || e.message),
              ),
            ),
          ),
        ),
      ),
    );
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'register-error-table');
    document.querySelector('#register-error-table caption').focus();
  }

  async function preview(file, mode) {
    clearErrors(form);
    show('#register-errors');
    show('#register-preview');
    try {
      const answer = await send(file, mode);
      pending = { file, mode, preview: answer.preview };
      renderPreview(answer.preview);
    } catch (error) {
      refused(error);
    }
  }

  async function apply() {
    const { file, mode, preview: seen } = pending;
    document.querySelector('#register-apply').disabled = true;
    try {
      await send(file, mode, seen.token);
      pending = null;
      show('#register-preview');
      notice(t('reg.applied', { added: seen.added, changed: seen.changed, closed: seen.closed }));
      input.value = '';
      await load();
    } catch (error) {
      if (error.status === 409) {
        // The register changed since the preview: show what the file would do now.
        notice(t('reg.stale'), 'error');
        await preview(file, mode);
      } else {
        show('#register-preview');
        refused(error);
      }
    }
  }

  function changes(key, items, line) {
    if (!items.length) return null;
    return el(
      'details',
      {},
      el('summary', {}, t(key, { count: items.length })),
      el(
        'ul',
        {},
        items.slice(0, SHOWN).map((s) => el('li', {}, line(s))),
        items.length > SHOWN ? el('li', { class: 'muted' }, t('reg.more', { count: items.length - SHOWN })) : null,
      ),
    );
  }

  function renderPreview(plan) {
    const counts = ['added', 'changed', 'closed', 'unchanged'];
    const nothing = !plan.added && !plan.changed && !plan.closed;
    const fields = (columns) => columns.map((c) => t('reg.field.' + c)).join(', ');
    show(
      '#register-preview',
      stacked(
        el(
          'table',
          { id: 'register-plan' },
          el('caption', { tabindex: '-1' }, t('reg.previewTitle.' + plan.mode)),
          head('reg.col.', ...counts),
          el(
            'tbody',
            {},
            el(
              'tr',
              {},
              counts.map((c) => el('td', { class: 'num', dataset: { count: c } }, number(plan[c]))),
            ),
          ),
        ),
      ),
      changes('reg.listAdded', plan.addedSchools, (s) => s.code + ' · ' + s.name),
      changes('reg.listChanged', plan.changedSchools, (s) => s.code + ' · ' + s.name + ': ' + fields(s.columns)),
      changes('reg.listClosed', plan.closedSchools, (s) => s.code + ' · ' + s.name),
      plan.ignored.length ? el('p', { class: 'hint' }, t('reg.ignored', { files: plan.ignored.join(', ') })) : null,
      el(
        'p',
        { class: 'actions' },
        el(
          'button',
          { id: 'register-apply', type: 'button', disabled: nothing ? '' : null, onclick: apply },
          t(nothing ? 'reg.nothing' : plan.closed ? 'reg.applyClosing' : 'reg.apply', { count: plan.closed }),
        ),
        ' ',
        el(
          'button',
          {
            id: 'register-cancel',
            type: 'button',
            class: 'secondary',
            onclick: () => {
              pending = null;
              show('#register-preview');
            },
          },
          t('reg.cancel'),
        ),
      ),
    );
    document.querySelector('#register-plan caption').focus();
  }

  async function load() {
    try {
      list.set(await api('GET', path()));
    } catch (error) {
      fail(error);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.files.length) {
      showErrors(form, new ApiError(400, { errors: [{ field: 'file', message: t('reg.choose') }] }));
      return;
    }
    await preview(input.files[0], form.querySelector('[name=mode]:checked')?.value || 'replace');
  });
  picker.addEventListener('change', () => {
    pending = null;
    show('#register-preview');
    show('#register-errors');
    load();
  });
  load();

  return {
    /** Draws the list and a shown preview again in the new language. */
    rerender() {
      list.render();
      if (pending) renderPreview(pending.preview);
    },
  };
}
