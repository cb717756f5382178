// One edition for its organisers (beheer-editie.html?id=): status and registration, details,
// participants (counts, lists, invitations, CSV interchange); the allocation panel
// (beheer-indeling.js, Week van de Techniek only) and mail, outbox and audit log (beheer-post.js).
//
// Ids for browser tests:
//   #edition-name, #edition-meta (span.badge.status[data-status])
//   #open-registration, #close-registration   shown only when valid in the current status
//   #edition-form     edits the details (disabled once published)
//   #counts           dd[data-count="schools|companies|slots|groups"]
//   #companies, #schools   tables (rows tr[data-company], tr[data-school])
//   #invite-form      kind (SCHOOL/COMPANY), name, email, language
//   #export           zip download link; #export-files a[data-file]
//   #import-form      file input #import-file; refused rows in #import-errors table (tr.import-error)
// and those listed in beheer-indeling.js and beheer-post.js.
import { ApiError, api, clearErrors, date, el, fail, notice, onSubmit, query, requireRole, show, showErrors, start, t, texts, translate } from './lokaal.js';
import { editionFields, number, stacked, tx } from './beheer-basis.js';
import { allocationPanel } from './beheer-indeling.js';
import { postPanels } from './beheer-post.js';

texts({
  nl: {
    'ed.back': '← Alle edities', 'ed.sections': 'Onderdelen', 'ed.registration': 'Aanmelding', 'ed.details': 'Gegevens', 'ed.participants': 'Deelnemers',
    'ed.open': 'Aanmelding openen', 'ed.reopen': 'Aanmelding weer openen', 'ed.close': 'Aanmelding sluiten',
    'ed.opened': 'De aanmelding is open.', 'ed.closed': 'De aanmelding is gesloten.',
    'ed.state.DRAFT': 'Concept: alleen organisatoren zien deze editie. Open de aanmelding om scholen en bedrijven toe te laten.',
    'ed.state.OPEN': 'Scholen en bedrijven kunnen zich aanmelden van {from} tot en met {to}.',
    'ed.state.CLOSED': 'De aanmelding is gesloten. U kunt haar weer openen.',
    'ed.state.CLOSED.allocated': 'De aanmelding is gesloten: tijd om in te delen. U kunt haar ook weer openen.',
    'ed.state.ALLOCATED': 'Er ligt een indeling ter beoordeling. Na publiceren krijgen scholen en bedrijven hun bevestiging.',
    'ed.state.PUBLISHED': 'Gepubliceerd: de indeling is definitief en de bevestigingen zijn verstuurd. De gegevens liggen vast.',
    'ed.meta': '{kind} · {region} · {from} – {to}',
    'ed.count.schools': 'scholen', 'ed.count.companies': 'bedrijven', 'ed.count.slots': 'tijdsloten', 'ed.count.seats': 'plaatsen',
    'ed.count.groups': 'groepen', 'ed.count.pupils': 'leerlingen', 'ed.count.bookings': 'boekingen',
    'ed.companiesList': 'Bedrijven en hun tijdsloten', 'ed.schoolsList': 'Scholen en hun groepen',
    'ed.col.name': 'Naam', 'ed.col.town': 'Plaats', 'ed.col.contact': 'Contactpersoon', 'ed.col.slots': 'Tijdsloten', 'ed.col.seats': 'Plaatsen',
    'ed.col.groups': 'Groepen', 'ed.col.pupils': 'Leerlingen', 'ed.col.brin': 'BRIN',
    'ed.invite': 'Uitnodigen per e-mail', 'ed.inviteWho': 'Wie nodigt u uit?', 'ed.school': 'School', 'ed.company': 'Bedrijf',
    'ed.inviteHint': 'Een school of bedrijf dat Lokaal al kent, doet meteen mee en krijgt een inloglink; anderen krijgen een uitnodiging om zich aan te melden.',
    'ed.inviteName': 'Naam van de school of het bedrijf', 'ed.inviteEmail': 'E-mailadres', 'ed.inviteLanguage': 'Taal van de e-mail',
    'ed.inviteSend': 'Uitnodiging versturen', 'ed.sent.invitation': 'De uitnodiging staat klaar in de verzonden post.',
    'ed.sent.sign-in-link': 'Lokaal kende dit adres al: de deelnemer doet nu mee en krijgt een inloglink.',
    'ed.exchange': 'Importeren en exporteren', 'ed.export': 'Alles exporteren (zip)', 'ed.importFile': 'Zip-bestand om te importeren', 'ed.import': 'Importeren',
    'ed.exchangeHint': 'Het uitwisselformaat is een zip met schools.csv, companies.csv, slots.csv en groups.csv. Een import vervangt de scholen, bedrijven, tijdsloten en groepen van de editie, alles of niets; dat kan alleen als concept of tijdens de aanmelding.',
    'ed.imported': 'Geïmporteerd: {schools} scholen, {companies} bedrijven, {slots} tijdsloten, {groups} groepen.',
    'ed.importRejected': 'Niets geïmporteerd: {count} fouten. Verbeter ze in de bestanden en probeer het opnieuw.',
    'ed.importChoose': 'Kies een zip-bestand.',
    'ed.col.file': 'Bestand', 'ed.col.line': 'Regel', 'ed.col.column': 'Kolom', 'ed.col.reason': 'Fout',
  },
  en: {
    'ed.back': '← All editions', 'ed.sections': 'Sections', 'ed.registration': 'Registration', 'ed.details': 'Details', 'ed.participants': 'Participants',
    'ed.open': 'Open registration', 'ed.reopen': 'Reopen registration', 'ed.close': 'Close registration',
    'ed.opened': 'Registration is open.', 'ed.closed': 'Registration is closed.',
    'ed.state.DRAFT': 'Draft: only organisers see this edition. Open registration to let schools and companies in.',
    'ed.state.OPEN': 'Schools and companies can register from {from} to {to}.',
    'ed.state.CLOSED': 'Registration is closed. You can reopen it.',
    'ed.state.CLOSED.allocated': 'Registration is closed: time to allocate. You can also reopen it.',
    'ed.state.ALLOCATED': 'An allocation is ready for review. Once published, schools and companies get their confirmation.',
    'ed.state.PUBLISHED': 'Published: the allocation is final and the confirmations have been sent. The details are fixed.',
    'ed.meta': '{kind} · {region} · {from} – {to}',
    'ed.count.schools': 'schools', 'ed.count.companies': 'companies', 'ed.count.slots': 'slots', 'ed.count.seats': 'seats',
    'ed.count.groups': 'groups', 'ed.count.pupils': 'pupils', 'ed.count.bookings': 'bookings',
    'ed.companiesList': 'Companies and their slots', 'ed.schoolsList': 'Schools and their groups',
    'ed.col.name': 'Name', 'ed.col.town': 'Town', 'ed.col.contact': 'Contact', 'ed.col.slots': 'Slots', 'ed.col.seats': 'Seats',
    'ed.col.groups': 'Groups', 'ed.col.pupils': 'Pupils', 'ed.col.brin': 'BRIN',
    'ed.invite': 'Invite by e-mail', 'ed.inviteWho': 'Whom are you inviting?', 'ed.school': 'School', 'ed.company': 'Company',
    'ed.inviteHint': 'A school or company Lokaal already knows takes part at once and gets a sign-in link; others get an invitation to sign up.',
    'ed.inviteName': 'Name of the school or company', 'ed.inviteEmail': 'E-mail address', 'ed.inviteLanguage': 'Language of the e-mail',
    'ed.inviteSend': 'Send invitation', 'ed.sent.invitation': 'The invitation is in the outbox.',
    'ed.sent.sign-in-link': 'Lokaal already knew this address: the participant now takes part and gets a sign-in link.',
    'ed.exchange': 'Import and export', 'ed.export': 'Export everything (zip)', 'ed.importFile': 'Zip file to import', 'ed.import': 'Import',
    'ed.exchangeHint': 'The interchange format is a zip of schools.csv, companies.csv, slots.csv and groups.csv. An import replaces the edition\'s schools, companies, slots and groups, all or nothing; only while it is a draft or open.',
    'ed.imported': 'Imported: {schools} schools, {companies} companies, {slots} slots, {groups} groups.',
    'ed.importRejected': 'Nothing imported: {count} errors. Correct them in the files and try again.',
    'ed.importChoose': 'Choose a zip file.',
    'ed.col.file': 'File', 'ed.col.line': 'Line', 'ed.col.column': 'Column', 'ed.col.reason': 'Error',
  },
  de: {
    'ed.back': '← Alle Ausgaben', 'ed.sections': 'Abschnitte', 'ed.registration': 'Anmeldung', 'ed.details': 'Angaben', 'ed.participants': 'Teilnehmende',
    'ed.open': 'Anmeldung öffnen', 'ed.reopen': 'Anmeldung wieder öffnen', 'ed.close': 'Anmeldung schließen',
    'ed.opened': 'Die Anmeldung ist offen.', 'ed.closed': 'Die Anmeldung ist geschlossen.',
    'ed.state.DRAFT': 'Entwurf: Nur Organisatoren sehen diese Ausgabe. Öffnen Sie die Anmeldung für Schulen und Unternehmen.',
    'ed.state.OPEN': 'Schulen und Unternehmen können sich vom {from} bis {to} anmelden.',
    'ed.state.CLOSED': 'Die Anmeldung ist geschlossen. Sie können sie wieder öffnen.',
    'ed.state.CLOSED.allocated': 'Die Anmeldung ist geschlossen: Zeit zum Einteilen. Sie können sie auch wieder öffnen.',
    'ed.state.ALLOCATED': 'Eine Einteilung liegt zur Prüfung vor. Nach dem Veröffentlichen erhalten Schulen und Unternehmen ihre Bestätigung.',
    'ed.state.PUBLISHED': 'Veröffentlicht: Die Einteilung ist endgültig, die Bestätigungen sind verschickt. Die Angaben stehen fest.',
    'ed.meta': '{kind} · {region} · {from} – {to}',
    'ed.count.schools': 'Schulen', 'ed.count.companies': 'Unternehmen', 'ed.count.slots': 'Zeitfenster', 'ed.count.seats': 'Plätze',
    'ed.count.groups': 'Gruppen', 'ed.count.pupils': 'Schüler', 'ed.count.bookings': 'Buchungen',
    'ed.companiesList': 'Unternehmen und ihre Zeitfenster', 'ed.schoolsList': 'Schulen und ihre Gruppen',
    'ed.col.name': 'Name', 'ed.col.town': 'Ort', 'ed.col.contact': 'Ansprechperson', 'ed.col.slots': 'Zeitfenster', 'ed.col.seats': 'Plätze',
    'ed.col.groups': 'Gruppen', 'ed.col.pupils': 'Schüler', 'ed.col.brin': 'BRIN',
    'ed.invite': 'Per E-Mail einladen', 'ed.inviteWho': 'Wen laden Sie ein?', 'ed.school': 'Schule', 'ed.company': 'Unternehmen',
    'ed.inviteHint': 'Eine Schule oder ein Unternehmen, das Lokaal schon kennt, nimmt sofort teil und erhält einen Anmeldelink; andere erhalten eine Einladung zur Anmeldung.',
    'ed.inviteName': 'Name der Schule oder des Unternehmens', 'ed.inviteEmail': 'E-Mail-Adresse', 'ed.inviteLanguage': 'Sprache der E-Mail',
    'ed.inviteSend': 'Einladung senden', 'ed.sent.invitation': 'Die Einladung liegt im Postausgang.',
    'ed.sent.sign-in-link': 'Lokaal kannte diese Adresse schon: Die Teilnehmenden sind jetzt dabei und erhalten einen Anmeldelink.',
    'ed.exchange': 'Importieren und exportieren', 'ed.export': 'Alles exportieren (ZIP)', 'ed.importFile': 'ZIP-Datei zum Importieren', 'ed.import': 'Importieren',
    'ed.exchangeHint': 'Das Austauschformat ist ein ZIP mit schools.csv, companies.csv, slots.csv und groups.csv. Ein Import ersetzt Schulen, Unternehmen, Zeitfenster und Gruppen der Ausgabe, alles oder nichts; nur als Entwurf oder während der Anmeldung.',
    'ed.imported': 'Importiert: {schools} Schulen, {companies} Unternehmen, {slots} Zeitfenster, {groups} Gruppen.',
    'ed.importRejected': 'Nichts importiert: {count} Fehler. Korrigieren Sie sie in den Dateien und versuchen Sie es erneut.',
    'ed.importChoose': 'Wählen Sie eine ZIP-Datei.',
    'ed.col.file': 'Datei', 'ed.col.line': 'Zeile', 'ed.col.column': 'Spalte', 'ed.col.reason': 'Fehler',
  },
});

const FILES = ['schools.csv', 'companies.csv', 'slots.csv', 'groups.csv'];
const id = Number(query('id'));
const form = document.querySelector('#edition-form');
const importForm = document.querySelector('#import-form');
let edition;
let regions = [];
let people = { schools: [], companies: [], slots: [], groups: [] };
let importErrors = [];
let allocation = null;
let post = null;

function badge(status) {
  return el('span', { class: 'badge status ' + ({ OPEN: 'ok', ALLOCATED: 'wait', PUBLISHED: 'ok' }[status] || ''), dataset: { status } }, t('status.' + status));
}

function renderHeader() {
  document.title = 'Lokaal – ' + edition.name;
  const name = document.querySelector('#edition-name');
  name.removeAttribute('data-t');
  name.textContent = edition.name;
  const region = regions.find((r) => r.code === edition.region)?.name || edition.region;
  const short = { day: 'numeric', month: 'short', year: 'numeric' };
  show('#edition-meta', t('ed.meta', { kind: t('kind.' + edition.kind), region, from: date(edition.firstDay, short), to: date(edition.lastDay, short) }), ' ', badge(edition.status));
  const s = edition.status;
  const allocated = edition.kind === 'COMPANY_VISITS';
  const key = s === 'CLOSED' && allocated ? 'ed.state.CLOSED.allocated' : 'ed.state.' + s;
  show('#registration-state', t(key, { from: date(edition.registrationOpens), to: date(edition.registrationCloses) }));
  const open = document.querySelector('#open-registration');
  open.hidden = !(s === 'DRAFT' || s === 'CLOSED');
  open.dataset.t = s === 'CLOSED' ? 'ed.reopen' : 'ed.open';
  open.textContent = t(open.dataset.t);
  document.querySelector('#close-registration').hidden = s !== 'OPEN';
  document.querySelectorAll('.allocated-only').forEach((e) => { e.hidden = !allocated; });
  form.querySelector('fieldset.whole').disabled = s === 'PUBLISHED';
  importForm.querySelector('fieldset.whole').disabled = !(s === 'DRAFT' || s === 'OPEN');
}

function sum(list, key) {
  return list.reduce((total, item) => total + item[key], 0);
}

function renderCounts() {
  const { schools, companies, slots, groups } = people;
  const item = (name, value, extra) => el('div', {}, tx('dt', 'ed.count.' + name),
    el('dd', { dataset: { count: name } }, number(value), extra ? el('small', { class: 'muted' }, ' · ', extra) : null));
  show('#counts',
    item('schools', schools.length), item('companies', companies.length),
    item('slots', slots.length, number(sum(slots, 'seats')) + ' ' + t('ed.count.seats')),
    item('groups', groups.length, number(sum(groups, 'pupils')) + ' ' + t('ed.count.pupils')));
  const head = (...keys) => el('thead', {}, el('tr', {}, keys.map((k) => tx('th', 'ed.col.' + k, { scope: 'col' }))));
  const byName = (a, b) => a.name.localeCompare(b.name, 'nl');
  show('#companies', companies.length ? stacked(el('table', {}, head('name', 'town', 'contact', 'slots', 'seats'),
    el('tbody', {}, [...companies].sort(byName).map((c) => {
      const own = slots.filter((s) => s.companyId === c.id);
      return el('tr', { dataset: { company: c.id } }, el('td', {}, c.name), el('td', {}, c.town),
        el('td', {}, el('div', {}, c.contactName, el('br'), el('a', { href: 'mailto:' + c.contactEmail }, c.contactEmail))),
        el('td', { class: 'num' }, own.length), el('td', { class: 'num' }, sum(own, 'seats')));
    })))) : tx('p', 'org.none', { class: 'muted' }));
  show('#schools', schools.length ? stacked(el('table', {}, head('name', 'brin', 'town', 'contact', 'groups', 'pupils'),
    el('tbody', {}, [...schools].sort(byName).map((s) => {
      const own = groups.filter((g) => g.schoolId === s.id);
      return el('tr', { dataset: { school: s.id } }, el('td', {}, s.name), el('td', {}, s.schoolId), el('td', {}, s.town),
        el('td', {}, el('div', {}, s.contactName, el('br'), el('a', { href: 'mailto:' + s.contactEmail }, s.contactEmail))),
        el('td', { class: 'num' }, own.length), el('td', { class: 'num' }, sum(own, 'pupils')));
    })))) : tx('p', 'org.none', { class: 'muted' }));
}

function renderExchange() {
  const base = '/api/editions/' + id + '/files';
  document.querySelector('#export').href = base;
  show('#export-files', FILES.flatMap((f) => [el('a', { href: base + '/' + f, download: f, dataset: { file: f } }, f), ' ']));
  if (!importErrors.length) {
    show('#import-errors');
    return;
  }
  show('#import-errors', stacked(el('table', { id: 'import-error-table' },
    el('caption', { class: 'field-error' }, t('ed.importRejected', { count: importErrors.length })),
    el('thead', {}, el('tr', {}, ['file', 'line', 'column', 'reason'].map((k) => tx('th', 'ed.col.' + k, { scope: 'col' })))),
    el('tbody', {}, importErrors.map((e) => el('tr', { class: 'import-error' },
      el('td', {}, e.file || '–'), el('td', { class: 'num' }, e.line ?? '–'), el('td', {}, e.column || '–'), el('td', {}, e.reason || e.message)))))));
}

function render() {
  renderHeader();
  renderCounts();
  renderExchange();
}

async function loadPeople() {
  const [schools, companies, slots, groups] = await Promise.all(
    ['schools', 'companies', 'slots', 'groups'].map((what) => api('GET', 'editions/' + id + '/' + what)));
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
  } catch (error) {
    // Another region's edition, or none: nothing on this page applies, only the reason.
    if (error.status === 403 || error.status === 404) document.querySelectorAll('main > section, nav.sections').forEach((e) => { e.hidden = true; });
    fail(error);
  }
}

document.querySelector('#open-registration').addEventListener('click', (e) => statusChange(e.currentTarget, 'open', 'ed.opened'));
document.querySelector('#close-registration').addEventListener('click', (e) => statusChange(e.currentTarget, 'close', 'ed.closed'));

onSubmit(form, (v) => api('PUT', 'editions/' + id, { ...v, region: edition.region, kind: edition.kind }), async (saved) => {
  edition = saved;
  notice(t('saved'));
  await refresh();
});

onSubmit(document.querySelector('#invite-form'), (v) => api('POST', 'editions/' + id + '/invitations', v), async (answer, invite) => {
  notice(t('ed.sent.' + answer.sent));
  invite.querySelector('[name=name]').value = '';
  invite.querySelector('[name=email]').value = '';
  await loadPeople();
  renderCounts();
  post?.refresh();
});

importForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = importForm.querySelector('[name=file]');
  const button = importForm.querySelector('[type=submit]');
  clearErrors(importForm);
  importErrors = [];
  renderExchange();
  if (!input.files.length) {
    showErrors(importForm, new ApiError(400, { errors: [{ field: 'file', message: t('ed.importChoose') }] }));
    return;
  }
  button.disabled = true;
  try {
    const summary = await api('PUT', 'editions/' + id + '/files', input.files[0], { headers: { 'Content-Type': 'application/zip' } });
    notice(t('ed.imported', summary));
    input.value = '';
    await loadPeople();
    renderCounts();
    post?.refresh();
  } catch (error) {
    const rows = (error.problem?.errors || []).filter((e) => e.reason);
    if (rows.length) {
      importErrors = rows;
      renderExchange();
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'import-error-table');
      document.querySelector('#import-error-table caption').setAttribute('tabindex', '-1');
      document.querySelector('#import-error-table caption').focus();
    } else {
      showErrors(importForm, error);
    }
  } finally {
    button.disabled = false;
  }
});

document.addEventListener('lokaal:language', () => edition && render());
load();
