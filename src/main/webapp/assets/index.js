// The public start page: the editions open to schools and companies, per region.
import { api, date, el, fail, show, start, t } from './lokaal.js';

let regions = [];
let editions = [];
const picker = document.querySelector('#region');

function render() {
  const chosen = picker.value;
  show(
    picker,
    el('option', { value: '' }, t('public.allRegions')),
    ...regions.map((r) => el('option', { value: r.code, selected: r.code === chosen }, r.name)),
  );
  const shown = editions.filter((e) => !chosen || e.region === chosen);
  if (!shown.length) {
    show('#editions', el('p', { class: 'muted' }, t('public.none')));
    return;
  }
  const regionName = (code) => regions.find((r) => r.code === code)?.name || code;
  show(
    '#editions',
    el(
      'ul',
      { class: 'cards', role: 'list' },
      shown.map((e) =>
        el(
          'li',
          { class: 'card edition', dataset: { edition: e.id } },
          el('h2', {}, el('a', { href: '/editie.html?id=' + e.id }, e.name)),
          el(
            'p',
            {},
            el('span', { class: 'badge' }, t('kind.' + e.kind)),
            ' ',
            el('span', { class: 'badge ' + (e.status === 'OPEN' ? 'ok' : '') }, t('status.' + e.status)),
          ),
          el('p', {}, t('public.when', { from: date(e.firstDay), to: date(e.lastDay) })),
          el(
            'p',
            { class: 'muted' },
            regionName(e.region),
            ' · ',
            e.allowedLevels.map((l) => t('level.' + l)).join(', '),
          ),
          e.status === 'OPEN'
            ? el(
                'p',
                { class: 'hint' },
                t('public.registration', { from: date(e.registrationOpens), to: date(e.registrationCloses) }),
              )
            : null,
          el(
            'a',
            {
              class: 'button secondary',
              href: '/editie.html?id=' + e.id,
              'aria-label': t('public.more', { name: e.name }),
            },
            '→',
          ),
        ),
      ),
    ),
  );
}

async function load() {
  await start();
  try {
    [regions, editions] = await Promise.all([api('GET', 'regions'), api('GET', 'editions')]);
    editions = editions.filter((e) => e.status !== 'DRAFT');
    render();
  } catch (error) {
    fail(error);
  }
}

picker.addEventListener('change', render);
document.addEventListener('lokaal:language', render);
load();
