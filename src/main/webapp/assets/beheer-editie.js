// One edition for its organisers (beheer-editie.html?id=): status and registration, details,
// participants (counts, lists, invitations, exports; the upload is beheer-import.js); the allocation panel
// (beheer-indeling.js, Week van de Techniek only) and mail, outbox and audit log (beheer-post.js).
//
// Ids for browser tests:
//   #edition-name, #edition-meta (span.badge.status[data-status])
//   #open-registration, #close-registration   shown only when valid in the current status
//   #edition-form     edits the details (disabled once published); #outside-warning with #outside-confirm and
//                     #outside-cancel when a new period or new levels leave slots, groups or a proposal outside
//   #counts           dd[data-count="schools|companies|slots|groups"]
//   #companies, #schools   tables (rows tr[data-company], tr[data-school]; names repeated in a list carry their
//                     town); under each school with groups tr[data-groups-of="<school id>"] li[data-group];
//                     .badge.outside marks groups and companies' slots outside the period or levels
//   #invite-form      kind (SCHOOL/COMPANY), name, email, language
//   #export           zip download link; #export-files a[data-file]
//   #export-xlsx      the edition as one workbook
// and those listed in beheer-import.js, beheer-indeling.js and beheer-post.js.
import { api, date, el, fail, notice, onSubmit, query, requireRole, show, start, t, translate } from './lokaal.js';
import { editionFields, head, number, stacked, tx } from './beheer-basis.js';
import { allocationPanel } from './beheer-indeling.js';
import { postPanels } from './beheer-post.js';
import { importPanel } from './beheer-import.js';

const FILES = ['schools.csv', 'companies.csv', 'slots.csv', 'groups.csv'];
const id = Number(query('id'));
const form = document.querySelector('#edition-form');
const importForm = document.querySelector('#import-form');
let edition;
let regions = [];
let people = { schools: [], companies: [], slots: [], groups: [] };
let imports = null;
let allocation = null;
let post = null;

function badge(status) {
  return el(
    'span',
    {
      class: 'badge status ' + ({ OPEN: 'ok', ALLOCATED: 'wait', PUBLISHED: 'ok' }[status] || ''),
      dataset: { status },
    },
    t('status.' + status),
  );
}

function renderHeader() {
  document.title = 'Lokaal – ' + edition.name;
  const name = document.querySelector('#edition-name');
  name.removeAttribute('data-t');
  name.textContent = edition.name;
  const region = regions.find((r) => r.code === edition.region)?.name || edition.region;
  const short = { day: 'numeric', month: 'short', year: 'numeric' };
  show(
    '#edition-meta',
    t('ed.meta', {
      kind: t('kind.' + edition.kind),
      region,
      from: date(edition.firstDay, short),
      to: date(edition.lastDay, short),
    }),
    ' ',
    badge(edition.status),
  );
  const s = edition.status;
  const allocated = edition.kind === 'COMPANY_VISITS';
  const key = s === 'CLOSED' && allocated ? 'ed.state.CLOSED.allocated' : 'ed.state.' + s;
  show('#registration-state', t(key, { from: date(edition.registrationOpens), to: date(edition.registrationCloses) }));
  const open = document.querySelector('#open-registration');
  open.hidden = !(s === 'DRAFT' || s === 'CLOSED');
  open.dataset.t = s === 'CLOSED' ? 'ed.reopen' : 'ed.open';
  open.textContent = t(open.dataset.t);
  document.querySelector('#close-registration').hidden = s !== 'OPEN';
  document.querySelectorAll('.allocated-only').forEach((e) => {
    e.hidden = !allocated;
  });
  form.querySelector('fieldset.whole').disabled = s === 'PUBLISHED';
  importForm.querySelector('fieldset.whole').disabled = !(s === 'DRAFT' || s === 'OPEN');
}

function sum(list, key) {
  return list.reduce((total, item) => total + item[key], 0);
}

function renderCounts() {
  const { schools, companies, slots, groups } = people;
  const item = (name, value, extra) =>
    el(
      'div',
      {},
      tx('dt', 'ed.count.' + name),
      el(
        'dd',
        { dataset: { count: name } },
        number(value),
        extra ? el('small', { class: 'muted' }, ' · ', extra) : null,
      ),
    );
  show(
    '#counts',
    item('schools', schools.length),
    item('companies', companies.length),
    item('slots', slots.length, number(sum(slots, 'seats')) + ' ' + t('ed.count.seats')),
    item('groups', groups.length, number(sum(groups, 'pupils')) + ' ' + t('ed.count.pupils')),
  );
  const byName = (a, b) => a.name.localeCompare(b.name, 'nl');
  schoolName = namesWithTown(schools);
  companyName = namesWithTown(companies);
  show(
    '#companies',
    companies.length
      ? stacked(
          el(
            'table',
            {},
            head('ed.col.', 'name', 'town', 'contact', 'slots', 'seats'),
            el(
              'tbody',
              {},
              [...companies].sort(byName).map((c) => {
                const own = slots.filter((s) => s.companyId === c.id);
                return el(
                  'tr',
                  { dataset: { company: c.id } },
                  el('td', {}, companyName(c)),
                  el('td', {}, c.town),
                  el(
                    'td',
                    {},
                    el(
                      'div',
                      {},
                      c.contactName,
                      el('br'),
                      el('a', { href: 'mailto:' + c.contactEmail }, c.contactEmail),
                    ),
                  ),
                  el('td', { class: 'num' }, own.length, own.some(slotOutside) ? [' ', outsideBadge()] : null),
                  el('td', { class: 'num' }, sum(own, 'seats')),
                );
              }),
            ),
          ),
        )
      : tx('p', 'org.none', { class: 'muted' }),
  );
  show(
    '#schools',
    schools.length
      ? stacked(
          el(
            'table',
            {},
            head('ed.col.', 'name', 'brin', 'town', 'contact', 'groups', 'pupils'),
            el(
              'tbody',
              {},
              [...schools].sort(byName).flatMap((s) => {
                const own = groups.filter((g) => g.schoolId === s.id);
                return [
                  el(
                    'tr',
                    { dataset: { school: s.id } },
                    el('td', {}, schoolName(s)),
                    el('td', {}, s.schoolId),
                    el('td', {}, s.town),
                    el(
                      'td',
                      {},
                      el(
                        'div',
                        {},
                        s.contactName,
                        el('br'),
                        el('a', { href: 'mailto:' + s.contactEmail }, s.contactEmail),
                      ),
                    ),
                    el('td', { class: 'num' }, own.length),
                    el('td', { class: 'num' }, sum(own, 'pupils')),
                  ),
                  own.length
                    ? el(
                        'tr',
                        { class: 'groups-of', dataset: { groupsOf: s.id } },
                        el('td', { colspan: 6 }, el('ul', {}, own.map(groupLine))),
                      )
                    : null,
                ];
              }),
            ),
          ),
        )
      : tx('p', 'org.none', { class: 'muted' }),
  );
}

/** Each name, with its town where another in the list has the same name: "De Regenboog (Doetinchem)". */
function namesWithTown(list) {
  const count = new Map();
  for (const x of list) count.set(x.name, (count.get(x.name) || 0) + 1);
  return (x) => (count.get(x.name) > 1 && x.town ? x.name + ' (' + x.town + ')' : x.name);
}

/** Whether a day lies outside the edition's period (ISO dates compare as text). */
function offPeriod(day) {
  return day < edition.firstDay || day > edition.lastDay;
}

/** A group or slot left outside the edition's period or levels by a confirmed change; they stay until moved. */
function groupOutside(g) {
  return !edition.allowedLevels.includes(g.level) || (g.days || []).some(offPeriod);
}

function slotOutside(s) {
  return offPeriod(s.date) || !(s.levels || []).some((l) => edition.allowedLevels.includes(l));
}

function outsideBadge() {
  return tx('span', 'ed.outside.badge', { class: 'badge wait outside' });
}

let schoolName = (s) => s.name;
let companyName = (c) => c.name;

/** A group under its school: name, level, pupils, the days it can come and the companies it wishes. */
function groupLine(g) {
  const short = { weekday: 'short', day: 'numeric', month: 'short' };
  const days = g.days?.length ? g.days.map((d) => date(d, short)).join(', ') : t('ed.group.anyDay');
  const wished = (g.wishes || [])
    .map((w) => people.companies.find((c) => c.id === w))
    .filter(Boolean)
    .map(companyName);
  return el(
    'li',
    { dataset: { group: g.id } },
    el('strong', {}, g.name),
    groupOutside(g) ? [' ', outsideBadge()] : null,
    ' · ',
    t('level.' + g.level),
    ' · ',
    t('ed.group.pupils', { pupils: number(g.pupils) }),
    ' · ',
    t('ed.group.days', { days }),
    ' · ',
    wished.length ? t('ed.group.wishes', { wishes: wished.join(', ') }) : t('ed.group.noWishes'),
  );
}

function renderExchange() {
  const base = '/api/editions/' + id + '/files';
  document.querySelector('#export').href = base;
  show(
    '#export-files',
    el(
      'a',
      { id: 'export-xlsx', href: '/api/editions/' + id + '/files.xlsx', download: 'editie-' + id + '.xlsx' },
      'Excel (.xlsx)',
    ),
    ' ',
    FILES.flatMap((f) => [el('a', { href: base + '/' + f, download: f, dataset: { file: f } }, f), ' ']),
  );
}

function render() {
  renderHeader();
  renderCounts();
  renderExchange();
}

async function loadPeople() {
  const [schools, companies, slots, groups] = await Promise.all(
    ['schools', 'companies', 'slots', 'groups'].map((what) => api('GET', 'editions/' + id + '/' + what)),
  );
  people = { schools, companies, slots, groups };
}

/** Reads the edition again after something changed its status (allocation, publication) and tells every panel. */
async function refresh() {
  edition = await api('GET', 'editions/' + id);
  renderHeader();
  allocation?.update(edition);
  post?.update(edition);
}

async function statusChange(button, path, message) {
  button.disabled = true;
  try {
    edition = await api('POST', 'editions/' + id + '/' + path);
    notice(t(message));
    await refresh();
  } catch (error) {
    fail(error);
  } finally {
    button.disabled = false;
  }
}

async function load() {
  await requireRole('ORGANISER', 'ADMIN');
  await start();
  try {
    [edition, regions] = await Promise.all([api('GET', 'editions/' + id), api('GET', 'regions')]);
    form.prepend(...editionFields('ed-', edition, regions));
    translate(form);
    // One fieldset around each form, to disable it whole when the status does not allow it.
    for (const f of [form, importForm]) f.append(el('fieldset', { class: 'whole plain' }, ...f.children));
    await loadPeople();
    render();
    if (edition.kind === 'COMPANY_VISITS') {
      allocation = allocationPanel(document.querySelector('#allocation-section'), id, refresh);
      allocation.update(edition);
    }
    post = postPanels(id);
    post.update(edition);
    imports = importPanel(
      importForm,
      () => id,
      async () => {
        await loadPeople();
        renderCounts();
        post?.refresh();
      },
    );
  } catch (error) {
    // Another region's edition, or none: nothing on this page applies, only the reason.
    if (error.status === 403 || error.status === 404)
      document.querySelectorAll('main > section, nav.sections').forEach((e) => {
        e.hidden = true;
      });
    fail(error);
  }
}

document
  .querySelector('#open-registration')
  .addEventListener('click', (e) => statusChange(e.currentTarget, 'open', 'ed.opened'));
document
  .querySelector('#close-registration')
  .addEventListener('click', (e) => statusChange(e.currentTarget, 'close', 'ed.closed'));

async function saved(changed) {
  if (!changed) return;
  edition = changed;
  document.querySelector('#outside-warning')?.remove();
  notice(t('saved'));
  await loadPeople();
  renderCounts();
  await refresh();
}

/**
 * The server refuses a new period or new levels that leave slots, groups or a proposal outside (409 with
 * slotsOutside): its warning with a button that sends the same change again, confirmed.
 */
function warnOutside(problem, body) {
  document.querySelector('#outside-warning')?.remove();
  const box = el(
    'div',
    { id: 'outside-warning', class: 'notice wait', role: 'alert' },
    el('p', {}, problem.detail),
    el(
      'div',
      { class: 'actions' },
      tx('button', 'ed.outside.confirm', {
        type: 'button',
        id: 'outside-confirm',
        onclick: async (e) => {
          e.currentTarget.disabled = true;
          try {
            await saved(await api('PUT', 'editions/' + id + '?confirm=true', body));
          } catch (error) {
            fail(error);
          }
        },
      }),
      tx('button', 'ed.outside.cancel', {
        type: 'button',
        id: 'outside-cancel',
        class: 'secondary',
        onclick: () => box.remove(),
      }),
    ),
  );
  form.querySelector('.actions').before(box);
  box.querySelector('#outside-confirm').focus();
}

onSubmit(
  form,
  async (v) => {
    const body = { ...v, region: edition.region, kind: edition.kind };
    try {
      return await api('PUT', 'editions/' + id, body);
    } catch (error) {
      if (error.status !== 409 || error.problem?.slotsOutside === undefined) throw error;
      warnOutside(error.problem, body);
      return null;
    }
  },
  saved,
);

onSubmit(
  document.querySelector('#invite-form'),
  (v) => api('POST', 'editions/' + id + '/invitations', v),
  async (answer, invite) => {
    notice(t('ed.sent.' + answer.sent));
    invite.querySelector('[name=name]').value = '';
    invite.querySelector('[name=email]').value = '';
    await loadPeople();
    renderCounts();
    post?.refresh();
  },
);

document.addEventListener('lokaal:language', () => {
  if (!edition) return;
  render();
  imports?.rerender();
});
load();
