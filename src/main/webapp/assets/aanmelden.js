// Signing a school (?als=school) or a company (?als=bedrijf) up for edition ?editie=<id>; on success
// the form makes way for "check your mail". A signed-in school or company finds its details filled in.
// Element ids for browser tests: #signup-form (inputs named as the request's JSON fields: schoolId,
// name, kind, sector, street, postcode, town, lat, lon, contactName, contactEmail, contactPhone,
// language), #signup-submit, #done (shown after success), #edition-summary.
import { api, date, el, fail, lang, onSubmit, query, show, start, t, today, translate } from './lokaal.js';

const asCompany = query('als') === 'bedrijf';
const editionId = query('editie');
const form = document.querySelector('#signup-form');
let edition = null;
let sentTo = null;

function render() {
  if (edition) {
    document.querySelector('#edition-summary').textContent = t('signup.for', {
      name: edition.name,
      from: date(edition.firstDay),
      to: date(edition.lastDay),
    });
  }
  if (sentTo) {
    show(
      '#done',
      el(
        'div',
        { class: 'notice ok', role: 'status' },
        el('h2', {}, t('signup.done.title')),
        el('p', {}, t('signup.done.text', { email: sentTo }), asCompany ? null : ' ' + t('signup.done.known')),
      ),
      el('p', {}, el('a', { href: '/inloggen.html' }, t('signup.done.none'))),
    );
  }
}

/** One form for both: the fields of the other party go, and the labels follow. */
function shape() {
  form.querySelectorAll(asCompany ? '.school-only' : '.company-only').forEach((e) => e.remove());
  document.querySelector('#title').dataset.t = asCompany ? 'signup.title.company' : 'signup.title.school';
  document.querySelector('label[for=name] span').dataset.t = asCompany ? 'signup.name.company' : 'signup.name.school';
  form.elements.language.value = lang();
  translate();
}

/** A signed-in school or company signing up for one more edition: its details as Lokaal has them. */
async function prefill(caller) {
  const mine = asCompany
    ? caller?.role === 'COMPANY' && `companies/${caller.id}`
    : caller?.role === 'SCHOOL' && `schools/${caller.id}`;
  if (!mine) return;
  const profile = await api('GET', mine).catch(() => null);
  if (!profile) return;
  for (const [name, value] of Object.entries(profile)) {
    const field = form.elements[name];
    if (field && value !== null) field.value = value;
  }
}

async function load() {
  const caller = await start();
  shape();
  try {
    edition = await api('GET', 'editions/' + encodeURIComponent(editionId || '0'));
  } catch (error) {
    fail(error);
    return;
  }
  document.querySelector('#back').href = '/editie.html?id=' + edition.id;
  render();
  const open =
    edition.status === 'OPEN' && edition.registrationOpens <= today() && today() <= edition.registrationCloses;
  if (!open || (asCompany && edition.kind !== 'COMPANY_VISITS')) {
    document
      .querySelector('#edition-summary')
      .after(
        el(
          'p',
          { class: 'notice error', role: 'alert' },
          open ? t('signup.noCompanies') : t('signup.closed', { name: edition.name }),
        ),
      );
    return;
  }
  await prefill(caller);
  form.hidden = false;
  onSubmit(
    form,
    async (request) => {
      if (request.schoolId) request.schoolId = request.schoolId.trim().toUpperCase();
      try {
        return await api('POST', `editions/${edition.id}/${asCompany ? 'companies' : 'schools'}`, request);
      } catch (error) {
        // A postcode Lokaal cannot place asks for the position instead: show those fields.
        if (['postcode', 'lat', 'lon'].includes(error.problem?.field)) document.querySelector('#position').open = true;
        throw error;
      }
    },
    (answer, sent) => {
      sentTo = sent.elements.contactEmail.value;
      form.hidden = true;
      document.querySelector('#done').hidden = false;
      render();
      document.querySelector('#done h2').setAttribute('tabindex', '-1');
      document.querySelector('#done h2').focus();
    },
  );
}

document.addEventListener('lokaal:language', render);
load();
