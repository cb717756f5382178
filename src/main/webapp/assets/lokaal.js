// Lokaal's small script layer over the REST API, shared by every page: texts in Dutch, English and
// German, calls to /api with errors shown next to the field they name, and safe DOM building.
// No framework and no build step: pages import what they need as ES modules.

const LANGUAGES = ['nl', 'en', 'de'];

/**
 * The words of every page, one file per language in texts/. All three are loaded before any page
 * module runs, so t() answers at once and a language switch re-translates without waiting.
 */
const TEXTS = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, await load(language)])),
);

async function load(language) {
  try {
    const response = await fetch(new URL('texts/' + language + '.json', import.meta.url), {
      credentials: 'same-origin',
    });
    return response.ok ? await response.json() : {};
  } catch (e) {
    return {};
  }
}

export function lang() {
  const chosen = localStorage.getItem('lokaal.lang');
  return LANGUAGES.includes(chosen) ? chosen : 'nl';
}

/** The text for a key in the chosen language (else Dutch, else the key), with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = TEXTS[lang()][key] ?? TEXTS.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Fills every [data-t] element's text, and [data-t-placeholder|title|aria-label] attributes. */
export function translate(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-t]').forEach((e) => {
    e.textContent = t(e.dataset.t);
  });
  for (const attribute of ['placeholder', 'title', 'aria-label']) {
    const data = 'data-t-' + attribute;
    root.querySelectorAll('[' + data + ']').forEach((e) => e.setAttribute(attribute, t(e.getAttribute(data))));
  }
}

/** Switches the language, re-translates the page and tells the page (event 'lokaal:language'). */
export function setLanguage(language) {
  if (!LANGUAGES.includes(language)) return;
  localStorage.setItem('lokaal.lang', language);
  translate();
  document
    .querySelectorAll('.lang button')
    .forEach((b) => b.setAttribute('aria-pressed', String(b.value === language)));
  document.dispatchEvent(new CustomEvent('lokaal:language', { detail: language }));
}

/** An error answer of the API: its HTTP status and its problem detail (RFC 9457). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

function randomKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Calls the API at /api/<path>. The session cookie goes along; POSTs carry a fresh Idempotency-Key.
 * Returns the parsed JSON (or text for non-JSON answers, null for 204); throws ApiError otherwise.
 */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': lang(), ...(options.headers || {}) };
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof Blob) && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method === 'POST' && !headers['Idempotency-Key']) headers['Idempotency-Key'] = randomKey();
  let response;
  try {
    response = await fetch('/api/' + path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { title: t('error.network') });
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed =
    response.status === 204
      ? null
      : type.includes('json')
        ? await response.json().catch(() => null)
        : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { detail: parsed });
  return parsed;
}

/**
 * Sends a form of files to /api/<path> as api() does, reporting the share sent so far to
 * onProgress(fraction) and then onProgress(null) while the server reads and checks what it got.
 * fetch() cannot tell upload progress; XMLHttpRequest can. No Idempotency-Key: an upload's own
 * preview token guards a retry.
 */
export function upload(method, path, form, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, '/api/' + path);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', lang());
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    request.upload.addEventListener('load', () => onProgress(null));
    request.addEventListener('error', () => reject(new ApiError(0, { title: t('error.network') })));
    request.addEventListener('load', () => {
      const type = request.getResponseHeader('Content-Type') || '';
      let parsed = request.responseText;
      if (type.includes('json')) {
        try {
          parsed = JSON.parse(request.responseText);
        } catch (e) {
          parsed = null;
        }
      }
      if (request.status >= 200 && request.status < 300) resolve(parsed);
      else reject(new ApiError(request.status, typeof parsed === 'object' ? parsed : { detail: parsed }));
    });
    request.send(form);
  });
}

/** The signed-in caller ({role, id, region}) or null. */
export async function whoAmI() {
  try {
    return await api('GET', 'session');
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

/** Where a signed-in caller's own pages are. */
export function homeOf(caller) {
  if (!caller) return '/inloggen.html';
  return (
    { SCHOOL: '/school.html', COMPANY: '/bedrijf.html', ORGANISER: '/beheer.html', ADMIN: '/beheer.html' }[
      caller.role
    ] || '/'
  );
}

/** "Mijn Lokaal": for schools and companies the chooser, if their address serves several. */
function mineOf(caller) {
  return caller.role === 'SCHOOL' || caller.role === 'COMPANY' ? '/mijn.html' : homeOf(caller);
}

/** Sends a visitor who is not signed in (or not in one of these roles) to the sign-in page. */
export async function requireRole(...roles) {
  const caller = await whoAmI();
  if (!caller || (roles.length && !roles.includes(caller.role))) {
    location.replace('/inloggen.html?terug=' + encodeURIComponent(location.pathname + location.search));
    return new Promise(() => {});
  }
  return caller;
}

/** Builds an element: el('a', {href: '/x', class: 'button'}, 'text', child). Text is never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces an element's content. */
export function show(target, ...children) {
  const element = typeof target === 'string' ? document.querySelector(target) : target;
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/**
 * A form's values as an object. Numbers for type=number, booleans for single checkboxes, arrays for
 * checkbox groups (several inputs with one name) and for selects with multiple; empty fields are left out.
 */
export function values(form) {
  const result = {};
  const names = new Set(
    Array.from(form.elements)
      .map((e) => e.name)
      .filter(Boolean),
  );
  for (const name of names) {
    const fields = Array.from(form.elements).filter((e) => e.name === name);
    const first = fields[0];
    if (first.type === 'checkbox') {
      result[name] =
        fields.length > 1 || first.dataset.list !== undefined
          ? fields.filter((f) => f.checked).map((f) => f.value)
          : first.checked;
    } else if (first.type === 'radio') {
      const chosen = fields.find((f) => f.checked);
      if (chosen) result[name] = chosen.value;
    } else if (first.tagName === 'SELECT' && first.multiple) {
      result[name] = Array.from(first.selectedOptions, (o) => o.value);
    } else if (first.value !== '') {
      result[name] = first.type === 'number' ? Number(first.value) : first.value;
    }
  }
  return result;
}

/** Removes the errors shown() put on a form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const summary = form.querySelector('.form-error');
  if (summary) {
    summary.hidden = true;
    summary.textContent = '';
  }
}

/**
 * The field a problem names: one that lists the path in data-field (for names the domain uses, such as
 * "contact.phone"), else matched on the last part of its path ("request.pupils" -> "pupils", "wishes[1]" -> "wishes"),
 * by data-field or name.
 */
function fieldOf(form, path) {
  if (!path) return null;
  const listed = form.querySelector(`[data-field~="${CSS.escape(String(path))}"]`);
  if (listed) return listed;
  const name = String(path)
    .split('.')
    .pop()
    .replace(/\[\d*\]$/, '');
  return (
    form.querySelector(`[data-field~="${CSS.escape(name)}"]`) || form.querySelector(`[name="${CSS.escape(name)}"]`)
  );
}

/**
 * Shows an API error on a form: each field the problem names gets its message right under it
 * (aria-invalid, aria-describedby), the rest goes to the form's .form-error box; focus moves to the first.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const problem = error instanceof ApiError ? error.problem : { detail: String(error.message || error) };
  const items =
    Array.isArray(problem.errors) && problem.errors.length
      ? problem.errors
      : [{ field: problem.field, message: problem.detail }];
  let first = null;
  const unplaced = [];
  for (const item of items) {
    const field = fieldOf(form, item.field);
    if (field) {
      const id = 'error-' + field.name + '-' + Math.random().toString(36).slice(2, 7);
      const anchor = field.closest('.field, fieldset') || field;
      anchor.append(el('p', { class: 'field-error', id }, item.message || t('error.field')));
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', id);
      if (!first || first.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_PRECEDING) first = field;
    } else {
      unplaced.push(item.message || problem.detail || problem.title);
    }
  }
  let summary = form.querySelector('.form-error');
  if (!summary) {
    summary = el('div', { class: 'form-error', role: 'alert' });
    form.prepend(summary);
  }
  const status = error instanceof ApiError ? error.status : 0;
  const general =
    status === 401
      ? t('error.signin')
      : status === 403
        ? t('error.forbidden')
        : status === 404
          ? t('error.notfound')
          : t('error.title');
  show(summary, el('strong', {}, general), ...unplaced.filter(Boolean).map((m) => el('p', {}, m)));
  summary.hidden = false;
  // The first field in the form's own order gets the focus; for a group of checkboxes, its first box.
  if (first?.tagName === 'FIELDSET') first = first.querySelector('input, select, textarea') || first;
  (first || summary).focus?.();
  if (!first) (summary.setAttribute('tabindex', '-1'), summary.focus());
}

/**
 * Wires a form: on submit, collect values(), call send(values) and then done(result); errors are shown
 * next to their fields. The submit button is disabled while the call runs.
 */
export function onSubmit(form, send, done = () => {}) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('[type=submit]');
    if (button) button.disabled = true;
    clearErrors(form);
    try {
      done(await send(values(form)), form);
    } catch (error) {
      showErrors(form, error);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

/** A short notice at the top of main (role=status), replaced by the next one. */
export function notice(message, kind = 'ok') {
  let box = document.querySelector('#notice');
  if (!box) {
    box = el('div', { id: 'notice', role: 'status', 'aria-live': 'polite' });
    document.querySelector('main').prepend(box);
  }
  box.className = 'notice ' + kind;
  box.textContent = message;
}

/** Shows an error that belongs to no form (a failed load) in the notice box. */
export function fail(error) {
  const status = error instanceof ApiError ? error.status : 0;
  const general =
    status === 401
      ? t('error.signin')
      : status === 403
        ? t('error.forbidden')
        : status === 404
          ? t('error.notfound')
          : t('error.title');
  notice(general + ' ' + (error.problem?.detail || error.message || ''), 'error');
}

export function date(isoDate, options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) {
  if (!isoDate) return '';
  return new Intl.DateTimeFormat(lang(), { ...options, timeZone: 'UTC' }).format(new Date(isoDate + 'T00:00:00Z'));
}

export function time(isoTime) {
  return isoTime ? String(isoTime).slice(0, 5) : '';
}

export function query(name) {
  return new URLSearchParams(location.search).get(name);
}

/** The header every page has: brand, navigation for the caller, language switch. Then translates. */
export async function start() {
  const header = document.querySelector('header.site');
  if (header) {
    const caller = await whoAmI().catch(() => null);
    const nav = el(
      'nav',
      { class: 'site-nav', 'aria-label': 'Lokaal' },
      el('a', { href: '/', 'data-t': 'nav.home' }),
      caller
        ? el('a', { href: mineOf(caller), 'data-t': 'nav.mine' })
        : el('a', { href: '/inloggen.html', 'data-t': 'nav.signin' }),
      caller
        ? el('button', {
            type: 'button',
            class: 'link',
            'data-t': 'nav.signout',
            onclick: async () => {
              await api('DELETE', 'session');
              location.href = '/';
            },
          })
        : null,
    );
    const switcher = el(
      'div',
      { class: 'lang', role: 'group', 'data-t-aria-label': 'lang.label' },
      ...LANGUAGES.map((l) =>
        el(
          'button',
          { type: 'button', value: l, lang: l, 'aria-pressed': String(l === lang()), onclick: () => setLanguage(l) },
          l.toUpperCase(),
        ),
      ),
    );
    show(
      header,
      el('a', { class: 'brand', href: '/' }, 'Lokaal', el('small', { 'data-t': 'app.tagline' })),
      nav,
      switcher,
    );
    translate();
    return caller;
  }
  translate();
  return null;
}

/** Today's date where the visitor is, as 2027-03-15 (comparable with the API's dates as text). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
