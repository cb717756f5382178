// What the organiser pages share: texts that stay in place on a language switch, times and
// objectives as organisers read them, and the edition form (create on beheer.html, edit on
// beheer-editie.html). Its inputs are named after EditionRequest's JSON fields; the fieldsets
// "period" and "registration" take the errors the server gives for a date range as a whole.
import { api, el, lang, t } from './lokaal.js';

export const KINDS = ['COMPANY_VISITS', 'SHOW', 'CENTRE_VISIT'];
export const LEVELS = ['PO5', 'PO6', 'PO7', 'PO8', 'VO1', 'VO2', 'VO3', 'VO4', 'VO5', 'VO6', 'MBO'];

/** An element whose text is the key's, now and after every language switch (translate() fills [data-t]). */
export function tx(tag, key, attributes = {}) {
  return el(tag, { ...attributes, 'data-t': key }, t(key));
}

/** A table's column headings, each the text of prefix + key (ed.col.name, au.col.at, ...). */
export function head(prefix, ...keys) {
  return el(
    'thead',
    {},
    el(
      'tr',
      {},
      keys.map((k) => tx('th', prefix + k, { scope: 'col' })),
    ),
  );
}

/**
 * Makes a table one block per row on phones (lokaal.css, table.stack): each cell is labelled with its
 * column's heading. Call after filling the table; cells spanning columns stay unlabelled.
 */
export function stacked(table) {
  table.classList.add('stack');
  const labels = Array.from(table.querySelectorAll('thead th'), (th) => th.textContent);
  for (const row of table.querySelectorAll('tbody tr')) {
    Array.from(row.children).forEach((cell, i) => {
      if (!cell.hasAttribute('colspan')) cell.dataset.label = labels[i] || '';
    });
  }
  return table;
}

/** A moment (ISO instant) in the reader's language, to the minute. */
export function dateTime(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(lang(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** An allocation objective as one readable line: schools, groups, wish points, kilometres. */
export function objectiveText(o) {
  if (!o) return '–';
  return t('objective.text', {
    schools: o.schools,
    groups: o.groups,
    points: o.points,
    km: number(Math.round(o.metres / 100) / 10, 1),
  });
}

/** The regions, and which of them the caller organises (an administrator organises all). */
export async function regionsOf(caller) {
  const regions = await api('GET', 'regions');
  const own =
    caller.role === 'ADMIN' || caller.region == null ? regions : regions.filter((r) => r.id === caller.region);
  return { regions, own };
}

function field(prefix, name, key, input, hintKey) {
  input.id = prefix + name;
  input.name = name;
  if (hintKey) input.setAttribute('aria-describedby', prefix + name + '-hint');
  return el(
    'div',
    { class: 'field' },
    tx('label', key, { for: input.id }),
    input,
    hintKey ? tx('p', hintKey, { class: 'hint', id: prefix + name + '-hint' }) : null,
  );
}

function dateInput(value) {
  return el('input', { type: 'date', required: true, value: value || null });
}

/**
 * The fields of an edition (before the submit button). A new edition chooses its region and kind;
 * an existing one shows them but keeps them (the edit page sends the edition's own).
 */
export function editionFields(prefix, edition, regions) {
  const existing = !!edition;
  const e = edition || { allowedLevels: [], visitsPerGroup: 1 };
  const region = el(
    'select',
    { required: true, disabled: existing },
    regions.map((r) => el('option', { value: r.code, selected: r.code === e.region }, r.name)),
  );
  const kind = el(
    'select',
    { required: true, disabled: existing },
    KINDS.map((k) => tx('option', 'kind.' + k, { value: k, selected: k === e.kind })),
  );
  const levels = el(
    'fieldset',
    {},
    tx('legend', 'form.allowedLevels'),
    el(
      'div',
      { class: 'choices' },
      LEVELS.map((l) =>
        el(
          'label',
          {},
          el('input', {
            type: 'checkbox',
            name: 'allowedLevels',
            value: l,
            checked: e.allowedLevels.includes(l),
            'data-list': '',
          }),
          tx('span', 'level.' + l),
        ),
      ),
    ),
  );
  return [
    el(
      'div',
      { class: 'two' },
      field(prefix, 'region', 'form.region', region),
      field(prefix, 'kind', 'form.kind', kind),
    ),
    field(
      prefix,
      'name',
      'form.name',
      el('input', { type: 'text', required: true, maxlength: 120, value: e.name || null, autocomplete: 'off' }),
    ),
    el(
      'fieldset',
      { name: 'period' },
      tx('legend', 'form.period'),
      el(
        'div',
        { class: 'two' },
        field(prefix, 'firstDay', 'form.firstDay', dateInput(e.firstDay)),
        field(prefix, 'lastDay', 'form.lastDay', dateInput(e.lastDay)),
      ),
    ),
    el(
      'fieldset',
      { name: 'registration' },
      tx('legend', 'form.registration'),
      el(
        'div',
        { class: 'two' },
        field(prefix, 'registrationOpens', 'form.registrationOpens', dateInput(e.registrationOpens)),
        field(prefix, 'registrationCloses', 'form.registrationCloses', dateInput(e.registrationCloses)),
      ),
      tx('p', 'form.registrationHint', { class: 'hint' }),
    ),
    levels,
    field(
      prefix,
      'visitsPerGroup',
      'form.visitsPerGroup',
      el('input', { type: 'number', min: 1, max: 5, required: true, value: e.visitsPerGroup, inputmode: 'numeric' }),
    ),
    field(
      prefix,
      'mailbox',
      'form.mailbox',
      el('input', { type: 'email', maxlength: 254, value: e.mailbox || null, autocomplete: 'email' }),
      'form.mailboxHint',
    ),
  ];
}
