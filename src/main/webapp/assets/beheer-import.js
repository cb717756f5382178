// The upload of an edition's tables on beheer-editie.html: the organiser chooses the four files
// (CSV or Excel), one workbook or a zip, and replace or merge; Lokaal answers with a preview of
// what would change, and only the organiser's confirmation applies it, with the preview's token.
//
// Ids for browser tests:
//   #import-form        file input #import-file (multiple), radio name=mode (replace|merge)
//   #import-progress    progress bar while sending (value) and checking (no value)
//   #import-preview     per table tr[data-file] with td[data-added|data-changed|data-removed];
//                       touched registrations tr.touched[data-group][data-change]; #import-apply, #import-cancel
//   #import-errors      refused rows tr.import-error
import { ApiError, clearErrors, el, notice, show, showErrors, t, upload } from './lokaal.js';
import { head, number, stacked, tx } from './beheer-basis.js';

const SHOWN = 50;

/** Wires the import form; onApplied() runs after an upload changed the edition. */
export function importPanel(form, edition, onApplied) {
  const input = form.querySelector('[name=file]');
  const submit = form.querySelector('[type=submit]');
  const progress = document.querySelector('#import-progress');
  let pending = null;

  function mode() {
    return form.querySelector('[name=mode]:checked')?.value || 'replace';
  }

  function formOf(files) {
    const data = new FormData();
    for (const file of files) data.append('files', file, file.name);
    return data;
  }

  function showProgress(fraction) {
    progress.hidden = false;
    const label = progress.querySelector('span');
    const bar = progress.querySelector('progress');
    if (fraction === null) {
      bar.removeAttribute('value');
      label.textContent = t('ed.importChecking');
    } else {
      bar.value = fraction;
      label.textContent = t('ed.importSending', { percent: Math.round(fraction * 100) });
    }
  }

  async function send(files, chosenMode, token) {
    const query = '?mode=' + chosenMode + (token ? '&apply=true&expect=' + encodeURIComponent(token) : '');
    submit.disabled = true;
    try {
      return await upload('POST', 'editions/' + edition() + '/files' + query, formOf(files), showProgress);
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
    renderErrors(rows);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'import-error-table');
    const caption = document.querySelector('#import-error-table caption');
    caption.setAttribute('tabindex', '-1');
    caption.focus();
  }

  async function preview(files, chosenMode) {
    clearErrors(form);
    show('#import-errors');
    show('#import-preview');
    try {
      const answer = await send(files, chosenMode);
      pending = { files, mode: chosenMode, preview: answer.preview };
      renderPreview(answer.preview);
    } catch (error) {
      refused(error);
    }
  }

  async function apply() {
    const { files, mode: chosenMode, preview: seen } = pending;
    document.querySelector('#import-apply').disabled = true;
    try {
      const answer = await send(files, chosenMode, seen.token);
      pending = null;
      show('#import-preview');
      notice(t('ed.imported', answer.summary));
      input.value = '';
      await onApplied();
    } catch (error) {
      if (error.status === 409) {
        // The edition changed since the preview: show what the upload would do now.
        notice(t('ed.importStale'), 'error');
        await preview(files, chosenMode);
      } else {
        show('#import-preview');
        refused(error);
      }
    }
  }

  function renderPreview(plan) {
    const tables = el(
      'table',
      { id: 'import-plan' },
      el('caption', {}, t('ed.previewTitle.' + plan.mode)),
      head('ed.col.', 'file', 'added', 'changed', 'removed', 'unchanged'),
      el(
        'tbody',
        {},
        plan.files.map((f) =>
          el(
            'tr',
            { dataset: { file: f.file } },
            el('th', { scope: 'row' }, f.file),
            el('td', { class: 'num', dataset: { added: f.added } }, number(f.added)),
            el('td', { class: 'num', dataset: { changed: f.changed.length } }, number(f.changed.length)),
            el('td', { class: 'num', dataset: { removed: f.removed.length } }, number(f.removed.length)),
            el('td', { class: 'num' }, number(f.unchanged)),
          ),
        ),
      ),
    );
    const changes = plan.files.flatMap((f) => f.changed.map((c) => ({ file: f.file, ...c })));
    const changeList = changes.length
      ? el(
          'details',
          {},
          el('summary', {}, t('ed.previewChanged', { count: changes.length })),
          el(
            'ul',
            {},
            changes.slice(0, SHOWN).map((c) => el('li', {}, c.file + ' · ' + c.id + ': ' + c.columns.join(', '))),
            changes.length > SHOWN
              ? el('li', { class: 'muted' }, t('ed.previewMore', { count: changes.length - SHOWN }))
              : null,
          ),
        )
      : null;
    const removals = plan.registrations.filter((r) => r.change === 'REMOVED').length;
    const touched = plan.registrations.length
      ? stacked(
          el(
            'table',
            { id: 'import-touched' },
            el(
              'caption',
              { class: removals ? 'field-error' : '' },
              t('ed.previewTouched', { count: plan.registrations.length, removed: removals }),
            ),
            head('ed.col.', 'group', 'name', 'school', 'change', 'columns'),
            el(
              'tbody',
              {},
              plan.registrations
                .slice(0, SHOWN * 4)
                .map((r) =>
                  el(
                    'tr',
                    { class: 'touched', dataset: { group: r.group, change: r.change } },
                    el('td', {}, r.group),
                    el('td', {}, r.name),
                    el('td', {}, r.school || '–'),
                    el('td', {}, t('ed.change.' + r.change)),
                    el('td', {}, r.columns.join(', ') || '–'),
                  ),
                ),
            ),
          ),
        )
      : tx('p', 'ed.previewNoRegistrations', { class: 'muted' });
    const ignored = plan.ignored.length
      ? el('p', { class: 'hint' }, t('ed.previewIgnored', { files: plan.ignored.join(', ') }))
      : null;
    const nothing = plan.files.every((f) => !f.added && !f.changed.length && !f.removed.length);
    show(
      '#import-preview',
      stacked(tables),
      changeList,
      touched,
      ignored,
      el(
        'p',
        { class: 'actions' },
        el(
          'button',
          { id: 'import-apply', type: 'button', disabled: nothing ? '' : null, onclick: apply },
          t(nothing ? 'ed.previewNothing' : removals ? 'ed.applyRemoving' : 'ed.apply', { count: removals }),
        ),
        ' ',
        el(
          'button',
          {
            id: 'import-cancel',
            type: 'button',
            class: 'secondary',
            onclick: () => {
              pending = null;
              show('#import-preview');
            },
          },
          t('ed.applyCancel'),
        ),
      ),
    );
    document.querySelector('#import-plan caption').setAttribute('tabindex', '-1');
    document.querySelector('#import-plan caption').focus();
  }

  function renderErrors(rows) {
    show(
      '#import-errors',
      stacked(
        el(
          'table',
          { id: 'import-error-table' },
          el('caption', { class: 'field-error' }, t('ed.importRejected', { count: rows.length })),
          head('ed.col.', 'file', 'line', 'column', 'reason'),
          el(
            'tbody',
            {},
            rows.map((e) =>
              el(
                'tr',
                { class: 'import-error' },
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
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.files.length) {
      showErrors(form, new ApiError(400, { errors: [{ field: 'file', message: t('ed.importChoose') }] }));
      return;
    }
    await preview([...input.files], mode());
  });

  return {
    /** Drops a shown preview, as after a language switch the page renders again. */
    rerender() {
      if (pending) renderPreview(pending.preview);
    },
  };
}
