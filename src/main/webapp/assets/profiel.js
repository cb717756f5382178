// What the signed-in school's page (school.html) and company's page (bedrijf.html) share: the address
// and contact fields of their details form, filling that form from the API's school or company and
// saving it, the calendar section that makes a feed of their visits, and the region's other open
// editions with a button to take part.
// Element ids for browser tests: #p-street, #p-postcode, #p-town, #p-lat, #p-lon, #p-contactName,
// #p-contactEmail, #p-contactPhone, #p-language; #calendar-make, #calendar (a.download, a.subscribe).
import { api, el, fail, notice, onSubmit, show, t } from './lokaal.js';

/** A field of the details form: input #p-<name> labelled with the text signup.<name>; a required one's label ends in " *". */
function field(name, attributes, control = el('input', { id: 'p-' + name, name, ...attributes })) {
  const key = 'signup.' + name;
  const label = attributes.required
    ? el('label', { for: 'p-' + name }, el('span', { 'data-t': key }, t(key)), ' *')
    : el('label', { for: 'p-' + name, 'data-t': key }, t(key));
  return el('div', { class: 'field' }, label, control);
}

const two = (...fields) => el('div', { class: 'two' }, ...fields);

/** The address and contact fields, named as the API's school and company (contact errors come as contact.*). */
function addressAndContact() {
  return [
    field('street', { maxlength: 120, autocomplete: 'street-address' }),
    two(
      field('postcode', { maxlength: 10, autocomplete: 'postal-code', required: true }),
      field('town', { maxlength: 80, required: true }),
    ),
    two(
      field('lat', { type: 'number', step: 'any', min: -90, max: 90 }),
      field('lon', { type: 'number', step: 'any', min: -180, max: 180 }),
    ),
    field('contactName', { 'data-field': 'contact.name', maxlength: 120 }),
    field('contactEmail', { 'data-field': 'contact.email', type: 'email', maxlength: 254, required: true }),
    two(
      field('contactPhone', { 'data-field': 'contact.phone', type: 'tel', maxlength: 20 }),
      field(
        'language',
        {},
        el(
          'select',
          { id: 'p-language', name: 'language' },
          el('option', { value: 'nl' }, 'Nederlands'),
          el('option', { value: 'en' }, 'English'),
          el('option', { value: 'de' }, 'Deutsch'),
        ),
      ),
    ),
  ];
}

/**
 * Wires a school's or company's details form: the shared address and contact fields take the place of
 * its [data-profile-fields] element, and on submit the form goes to PUT /api/<path()>; saved(party)
 * gets the answer before the "saved" notice shows.
 */
export function profileForm(form, path, saved) {
  form.querySelector('[data-profile-fields]').replaceWith(...addressAndContact());
  onSubmit(
    form,
    (request) => api('PUT', path(), request),
    (party) => {
      saved(party);
      notice(t('saved'));
    },
  );
}

/** Puts the API's school or company into its details form, field by name; the mail language is Dutch unless set. */
export function fillProfile(form, party) {
  for (const [name, value] of Object.entries(party)) {
    const control = form.elements[name];
    if (control && value !== null && value !== undefined) control.value = value;
  }
  form.elements.language.value = party.language || 'nl';
}

/**
 * Wires the calendar section: #calendar shows the feed of owner() ({kind, id}) as it is, to download
 * again or subscribe to, once the page has its owner; #calendar-make makes a feed, or replaces it
 * ("calendar.rotate": the old address stops). Returns the function that renders #calendar again (for
 * a change of language, or once owner() is known).
 */
export function calendarFeed(owner) {
  let feed = null;
  let asked = false;
  const button = document.querySelector('#calendar-make');
  const known = () => {
    try {
      return owner().id != null;
    } catch {
      return false;
    }
  };
  const ask = async () => {
    asked = true;
    try {
      const { kind, id } = owner();
      const current = await api('GET', `feeds/${kind}/${id}`);
      if (feed) return; // made anew while asking: that one is the address now
      feed = current;
      render();
    } catch (error) {
      if (error.status !== 404) fail(error);
    }
  };
  const render = () => {
    if (!asked && known()) ask();
    button.dataset.t = feed ? 'calendar.rotate' : 'calendar.make';
    button.textContent = t(button.dataset.t);
    if (!feed) return;
    const copy = async () => {
      await navigator.clipboard?.writeText(feed.url).catch(() => {});
      notice(t('calendar.copied'));
    };
    show(
      '#calendar',
      el(
        'div',
        { class: 'actions' },
        el('a', { class: 'button download', href: feed.url, download: 'lokaal.ics' }, t('calendar.download')),
        el('a', { class: 'button secondary subscribe', href: feed.webcal }, t('calendar.subscribe')),
      ),
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'feed-url' }, t('calendar.address')),
        el('input', { id: 'feed-url', readonly: true, value: feed.url, onfocus: (e) => e.target.select() }),
      ),
      el('button', { type: 'button', class: 'link', onclick: copy }, t('calendar.copy')),
    );
  };
  button.addEventListener('click', async () => {
    try {
      asked = true;
      feed = await api('POST', 'feeds', owner());
      render();
      document.querySelector('#calendar a.download').focus();
    } catch (error) {
      fail(error);
    }
  });
  return render;
}

/**
 * The region's open editions the party is not in yet (#others, each li [data-edition=<id>] with a .join
 * button calling join(edition)), or null when there are none. texts: { summary, join, joinName(name) }.
 */
export function otherEditions(editions, { open, className, texts, join }) {
  if (!editions.length) return null;
  return el(
    'details',
    { class: className, id: 'others', open },
    el('summary', {}, texts.summary),
    el(
      'ul',
      {},
      editions.map((o) =>
        el(
          'li',
          { dataset: { edition: o.id } },
          el('a', { href: '/editie.html?id=' + o.id }, o.name),
          ' ',
          el(
            'button',
            { type: 'button', class: 'small join', 'aria-label': texts.joinName(o.name), onclick: () => join(o) },
            texts.join,
          ),
        ),
      ),
    ),
  );
}
