// The public start page: the editions open to schools and companies, per region.
import { api, date, el, fail, show, start, t, texts } from './lokaal.js';

texts({
  nl: { 'public.title': 'Techniekactiviteiten in uw regio', 'public.region': 'Regio', 'public.allRegions': 'Alle regio\'s',
    'public.intro': 'Scholen uit de regio bezoeken bedrijven, spelen de show "7 werelden van techniek" of komen naar het ICER. Kies een activiteit om te zien wanneer, voor welke groepen en hoe u meedoet.',
    'public.none': 'Er staan op dit moment geen activiteiten open in deze regio.', 'public.more': 'Meer over {name}',
    'public.when': '{from} t/m {to}', 'public.registration': 'Aanmelden van {from} t/m {to}' },
  en: { 'public.title': 'Technology activities in your region', 'public.region': 'Region', 'public.allRegions': 'All regions',
    'public.intro': 'Schools in the region visit companies, play the show "7 worlds of technology" or come to ICER. Choose an activity to see when, for which groups, and how to take part.',
    'public.none': 'No activities are open in this region at the moment.', 'public.more': 'More about {name}',
    'public.when': '{from} to {to}', 'public.registration': 'Registration from {from} to {to}' },
  de: { 'public.title': 'Technikaktivitäten in Ihrer Region', 'public.region': 'Region', 'public.allRegions': 'Alle Regionen',
    'public.intro': 'Schulen aus der Region besuchen Unternehmen, spielen die Show „7 Welten der Technik“ oder kommen ins ICER. Wählen Sie eine Aktivität, um zu sehen, wann, für welche Gruppen und wie Sie teilnehmen.',
    'public.none': 'Derzeit sind in dieser Region keine Aktivitäten offen.', 'public.more': 'Mehr über {name}',
    'public.when': '{from} bis {to}', 'public.registration': 'Anmeldung vom {from} bis {to}' },
});

let regions = [];
let editions = [];
const picker = document.querySelector('#region');

function render() {
  const chosen = picker.value;
  show(picker, el('option', { value: '' }, t('public.allRegions')), ...regions.map((r) => el('option', { value: r.code, selected: r.code === chosen }, r.name)));
  const shown = editions.filter((e) => !chosen || e.region === chosen);
  if (!shown.length) {
    show('#editions', el('p', { class: 'muted' }, t('public.none')));
    return;
  }
  const regionName = (code) => regions.find((r) => r.code === code)?.name || code;
  show('#editions', el('ul', { class: 'cards', role: 'list' }, shown.map((e) => el('li', { class: 'card edition', dataset: { edition: e.id } },
    el('h2', {}, el('a', { href: '/editie.html?id=' + e.id }, e.name)),
    el('p', {}, el('span', { class: 'badge' }, t('kind.' + e.kind)), ' ', el('span', { class: 'badge ' + (e.status === 'OPEN' ? 'ok' : '') }, t('status.' + e.status))),
    el('p', {}, t('public.when', { from: date(e.firstDay), to: date(e.lastDay) })),
    el('p', { class: 'muted' }, regionName(e.region), ' · ', e.allowedLevels.map((l) => t('level.' + l)).join(', ')),
    e.status === 'OPEN' ? el('p', { class: 'hint' }, t('public.registration', { from: date(e.registrationOpens), to: date(e.registrationCloses) })) : null,
    el('a', { class: 'button secondary', href: '/editie.html?id=' + e.id, 'aria-label': t('public.more', { name: e.name }) }, '→')))));
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
