// Mail and records of an edition (on beheer-editie.html): schedules (who gets what, changed since the
// last send, preview, send and follow delivery), previews of the mail templates, the region's outbox
// and the edition's audit log.
//
// Ids for browser tests:
//   #schedules         table; rows tr[data-kind="SCHOOL|COMPANY"][data-subject="<id>"][data-changed], buttons .preview
//   #send-schedules, #schedules-progress (<progress>), #schedules-progress-text, #schedule-preview (subject, iframe)
//   #mail-template, #mail-language, #mail-preview
//   #outbox            table; rows tr[data-message="<id>"][data-status="PENDING|SENT"]; #refresh-outbox
//   #audit             table; rows tr[data-entry="<id>"][data-action], the sentence in the last cell; #refresh-audit
import { api, el, fail, lang, notice, show, t } from './lokaal.js';
import { dateTime, head, stacked, tx } from './beheer-basis.js';

const PROGRESS_MS = 1000;
const PROGRESS_TRIES = 60;

/** A rendered mail: subject and recipient, the HTML in a sandboxed frame (no scripts, no same origin), or the text. */
function mailView(mail) {
  return [
    mail.recipient ? el('p', {}, t('sc.to', { recipient: mail.recipient })) : null,
    el('p', {}, el('strong', {}, t('sc.subject', { subject: mail.subject }))),
    mail.html
      ? el('iframe', { class: 'mail', sandbox: '', srcdoc: mail.html, title: mail.subject })
      : el('pre', { class: 'mail' }, mail.text),
  ];
}

export function postPanels(id) {
  const base = 'editions/' + id;
  let schedules = [];
  let progress = null;
  let outbox = [];
  let audit = [];
  let templates = [];
  let preview = null;
  let mail = null;
  let tries = 0;
  let timer = null;

  show(
    '#schedules-section',
    tx('h2', 'sc.title', { id: 'schedules-title' }),
    tx('p', 'sc.hint', { class: 'hint' }),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', id: 'send-schedules', onclick: (e) => send(e.currentTarget) }),
      tx('button', 'org.refresh', {
        type: 'button',
        class: 'secondary',
        id: 'refresh-schedules',
        onclick: () => loadSchedules(),
      }),
    ),
    el(
      'div',
      { id: 'schedules-delivery', hidden: true },
      tx('label', 'sc.progress', { for: 'schedules-progress' }),
      el('progress', { id: 'schedules-progress', max: 1, value: 0 }),
      el('p', { id: 'schedules-progress-text', class: 'muted', 'aria-live': 'polite' }),
    ),
    el('div', { id: 'schedules', class: 'table-wrap' }),
    el('div', { id: 'schedule-preview', class: 'card', hidden: true, tabindex: '-1' }),
  );
  show(
    '#mail-section',
    tx('h2', 'mp.title', { id: 'mail-title' }),
    tx('p', 'mp.hint', { class: 'hint' }),
    el(
      'div',
      { class: 'two' },
      el(
        'div',
        { class: 'field' },
        tx('label', 'mp.template', { for: 'mail-template' }),
        el('select', { id: 'mail-template', onchange: () => loadMail() }),
      ),
      el(
        'div',
        { class: 'field' },
        tx('label', 'mp.language', { for: 'mail-language' }),
        el(
          'select',
          { id: 'mail-language', onchange: () => loadMail() },
          [
            ['nl', 'Nederlands'],
            ['en', 'English'],
            ['de', 'Deutsch'],
          ].map(([code, name]) => el('option', { value: code, selected: code === lang() }, name)),
        ),
      ),
    ),
    el('div', { id: 'mail-preview', class: 'card', 'aria-live': 'polite' }),
  );
  show(
    '#outbox-section',
    tx('h2', 'ob.title', { id: 'outbox-title' }),
    tx('p', 'ob.hint', { class: 'hint' }),
    el(
      'div',
      { class: 'actions' },
      tx('button', 'org.refresh', {
        type: 'button',
        class: 'secondary',
        id: 'refresh-outbox',
        onclick: () => loadOutbox(),
      }),
    ),
    el('div', { id: 'outbox', class: 'table-wrap' }),
  );
  show(
    '#audit-section',
    tx('h2', 'au.title', { id: 'audit-title' }),
    tx('p', 'au.hint', { class: 'hint' }),
    el(
      'div',
      { class: 'actions' },
      tx('button', 'org.refresh', {
        type: 'button',
        class: 'secondary',
        id: 'refresh-audit',
        onclick: () => loadAudit(),
      }),
    ),
    el('div', { id: 'audit', class: 'table-wrap' }),
  );

  function renderSchedules() {
    const changed = schedules.filter((s) => s.changed).length;
    const button = document.querySelector('#send-schedules');
    button.textContent = t('sc.send', { count: changed });
    button.disabled = !changed;
    show(
      '#schedules',
      schedules.length
        ? stacked(
            el(
              'table',
              {},
              head('sc.col.', 'kind', 'name', 'recipient', 'visits', 'changed'),
              el(
                'tbody',
                {},
                schedules.map((s) =>
                  el(
                    'tr',
                    { dataset: { kind: s.kind, subject: s.id, changed: String(s.changed) } },
                    el('td', {}, t('sc.kind.' + s.kind)),
                    el(
                      'td',
                      {},
                      el(
                        'div',
                        {},
                        s.name,
                        ' ',
                        el(
                          'button',
                          {
                            type: 'button',
                            class: 'link preview',
                            'aria-label': t('sc.preview') + ': ' + s.name,
                            onclick: () => showSchedule(s),
                          },
                          t('sc.preview'),
                        ),
                      ),
                    ),
                    el('td', {}, s.recipient),
                    el('td', { class: 'num' }, s.visits),
                    el(
                      'td',
                      {},
                      el(
                        'span',
                        { class: 'badge ' + (s.changed ? 'wait' : 'ok') },
                        t(s.changed ? 'sc.changed' : 'sc.unchanged'),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          )
        : tx('p', 'sc.none', { class: 'muted' }),
    );
    const delivery = document.querySelector('#schedules-delivery');
    delivery.hidden = !progress || !progress.queued;
    if (progress && progress.queued) {
      document.querySelector('#schedules-progress').max = progress.queued;
      document.querySelector('#schedules-progress').value = progress.sent;
      document.querySelector('#schedules-progress-text').textContent = t('sc.progressText', progress);
    }
    const box = document.querySelector('#schedule-preview');
    box.hidden = !preview;
    if (preview) show(box, mailView(preview));
  }

  function renderMail() {
    const picker = document.querySelector('#mail-template');
    const chosen = picker.value || templates[0];
    show(
      picker,
      templates.map((name) => el('option', { value: name, selected: name === chosen }, t('mp.t.' + name))),
    );
    show('#mail-preview', mail ? mailView(mail) : null);
  }

  function renderOutbox() {
    show(
      '#outbox',
      outbox.length
        ? stacked(
            el(
              'table',
              {},
              head('ob.col.', 'created', 'recipient', 'subject', 'status', 'attempts', 'error'),
              el(
                'tbody',
                {},
                outbox.map((m) =>
                  el(
                    'tr',
                    { dataset: { message: m.id, status: m.status } },
                    el('td', {}, dateTime(m.createdAt)),
                    el('td', {}, m.recipient),
                    el('td', {}, el('details', {}, el('summary', {}, m.subject), el('pre', { class: 'mail' }, m.text))),
                    el(
                      'td',
                      {},
                      el(
                        'div',
                        {},
                        el(
                          'span',
                          { class: 'badge ' + (m.status === 'SENT' ? 'ok' : 'wait') },
                          t('ob.status.' + m.status),
                        ),
                        m.sentAt ? el('br') : null,
                        m.sentAt ? el('small', { class: 'muted' }, dateTime(m.sentAt)) : null,
                      ),
                    ),
                    el('td', { class: 'num' }, m.attempts),
                    el('td', {}, m.lastError || ''),
                  ),
                ),
              ),
            ),
          )
        : tx('p', 'ob.none', { class: 'muted' }),
    );
  }

  function renderAudit() {
    show(
      '#audit',
      audit.length
        ? stacked(
            el(
              'table',
              {},
              head('au.col.', 'at', 'what'),
              el(
                'tbody',
                {},
                audit.map((a) =>
                  el(
                    'tr',
                    { dataset: { entry: a.id, action: a.action } },
                    el('td', {}, dateTime(a.at)),
                    el('td', {}, a.sentence),
                  ),
                ),
              ),
            ),
          )
        : tx('p', 'au.none', { class: 'muted' }),
    );
  }

  function render() {
    renderSchedules();
    renderMail();
    renderOutbox();
    renderAudit();
  }

  async function guarded(load, draw) {
    try {
      await load();
      draw();
    } catch (error) {
      fail(error);
    }
  }

  const loadSchedules = () =>
    guarded(async () => {
      [schedules, progress] = await Promise.all([
        api('GET', base + '/schedules'),
        api('GET', base + '/schedules/progress'),
      ]);
    }, renderSchedules);
  const loadOutbox = () =>
    guarded(async () => {
      outbox = await api('GET', 'outbox');
    }, renderOutbox);
  const loadAudit = () =>
    guarded(async () => {
      audit = await api('GET', base + '/audit');
    }, renderAudit);
  const loadMail = () =>
    guarded(async () => {
      if (!templates.length) templates = await api('GET', base + '/mail-previews');
      const template = document.querySelector('#mail-template').value || templates[0];
      const language = document.querySelector('#mail-language').value;
      mail = template
        ? await api('GET', base + '/mail-previews/' + encodeURIComponent(template) + '?language=' + language)
        : null;
    }, renderMail);

  async function showSchedule(s) {
    try {
      preview = await api('GET', base + '/schedules/' + s.kind + '/' + s.id);
      renderSchedules();
      document.querySelector('#schedule-preview').focus();
    } catch (error) {
      fail(error);
    }
  }

  /** Follows the delivery of the last send for a while: the outbox sends in the background. */
  async function follow() {
    clearTimeout(timer);
    await loadSchedules();
    if (progress && progress.sent < progress.queued && ++tries < PROGRESS_TRIES)
      timer = setTimeout(follow, PROGRESS_MS);
    else loadOutbox();
  }

  async function send(button) {
    button.disabled = true;
    try {
      const sent = await api('POST', base + '/schedules');
      notice(t('sc.sent', sent));
      tries = 0;
      await follow();
      loadAudit();
    } catch (error) {
      fail(error);
      button.disabled = false;
    }
  }

  // The log's sentences come worded by the server, in the language asked for.
  document.addEventListener('lokaal:language', () => {
    render();
    loadAudit();
  });

  return {
    /** The edition changed (status, allocation, publication): everything may have. */
    update() {
      loadSchedules();
      if (!mail) loadMail();
      loadOutbox();
      loadAudit();
    },
    /** Something was mailed or recorded: the outbox and the log. */
    refresh() {
      loadOutbox();
      loadAudit();
    },
  };
}
