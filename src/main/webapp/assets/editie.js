// The public page of one edition: what it is, when, for whom, how to take part, and (for shows and
// centre visits) the sessions with the seats still free.
// Element ids for browser tests: #edition (the article), #signup-school and #signup-company (links to
// the sign-up form), #ask-link (to the sign-in page), #sessions (table of sessions, rows data-session=<id>).
import { api, date, el, fail, query, show, start, t, texts, time, today } from './lokaal.js';

texts({
  nl: {
    'edition.back': '← Alle activiteiten', 'edition.what': 'Wat is het?', 'edition.when': 'Wanneer', 'edition.levels': 'Voor',
    'edition.region': 'Regio', 'edition.registration': 'Aanmelden', 'edition.status': 'Stand van zaken', 'edition.period': '{from} t/m {to}',
    'edition.about.COMPANY_VISITS': 'In de Week van de Techniek bezoeken klassen uit de regio een technisch bedrijf in de buurt: rondkijken, zelf iets doen en vragen stellen aan vakmensen.',
    'edition.about.SHOW': '"7 werelden van techniek" is een spelshow waarin klassen in het theater of online ontdekken hoeveel techniek er om hen heen zit.',
    'edition.about.CENTRE_VISIT': 'Klassen bezoeken het ICER-innovatiecentrum en werken daar een dagdeel aan echte technische opdrachten.',
    'edition.how': 'Zo doet u mee',
    'edition.how.COMPANY_VISITS.1': 'Bedrijven melden zich aan en bieden bezoekmomenten aan: dag, tijd, aantal leerlingen en voor welke groepen.',
    'edition.how.COMPANY_VISITS.2': 'Scholen melden zich aan en geven per klas op wanneer ze kunnen, hoe ver ze reizen en welke bedrijven (tot vijf) hun voorkeur hebben.',
    'edition.how.COMPANY_VISITS.3': 'Na het sluiten van de aanmelding delen de organisatoren de klassen in. Scholen en bedrijven krijgen het rooster per e-mail en zien het in Lokaal.',
    'edition.how.booked.1': 'Meld uw school aan. U krijgt een inloglink per e-mail; een wachtwoord is niet nodig.',
    'edition.how.booked.2': 'Meld uw klassen aan en boek per klas een sessie. Wie eerst komt, eerst maalt; is een sessie vol, dan kunt u op de wachtlijst.',
    'edition.how.booked.3': 'U krijgt een bevestiging met een agenda-uitnodiging. Komt er een plaats vrij, dan hoort u het meteen.',
    'edition.signupSchool': 'Aanmelden als school', 'edition.signupCompany': 'Aanmelden als bedrijf',
    'edition.opensOn': 'De aanmelding opent op {date}.', 'edition.closedNow': 'De aanmelding is gesloten.',
    'edition.already': 'Al aangemeld? Vraag een inloglink aan', 'edition.mine': 'Naar mijn Lokaal',
    'edition.sessions.SHOW': 'Sessies en vrije plaatsen', 'edition.sessions.CENTRE_VISIT': 'Tijdsloten en vrije plaatsen',
    'edition.col.day': 'Dag', 'edition.col.time': 'Tijd', 'edition.col.place': 'Plaats', 'edition.col.free': 'Vrij',
    'edition.online': 'online', 'edition.free': '{left} van {seats} plaatsen', 'edition.full': 'vol', 'edition.waiting': '{n} op de wachtlijst',
    'edition.noSessions': 'Er zijn nog geen sessies.',
  },
  en: {
    'edition.back': '← All activities', 'edition.what': 'What is it?', 'edition.when': 'When', 'edition.levels': 'For',
    'edition.region': 'Region', 'edition.registration': 'Registration', 'edition.status': 'Status', 'edition.period': '{from} to {to}',
    'edition.about.COMPANY_VISITS': 'During Technology Week, classes from the region visit a technology company nearby: look around, try things themselves and ask the professionals questions.',
    'edition.about.SHOW': '"7 worlds of technology" is a game show in which classes discover, in the theatre or online, how much technology surrounds them.',
    'edition.about.CENTRE_VISIT': 'Classes visit the ICER innovation centre and spend half a day on real technical assignments.',
    'edition.how': 'How to take part',
    'edition.how.COMPANY_VISITS.1': 'Companies sign up and offer visit slots: day, time, number of pupils and for which year groups.',
    'edition.how.COMPANY_VISITS.2': 'Schools sign up and, for each class, say when they can go, how far they travel and which companies (up to five) they prefer.',
    'edition.how.COMPANY_VISITS.3': 'When registration has closed, the organisers allocate the classes. Schools and companies receive the schedule by e-mail and see it in Lokaal.',
    'edition.how.booked.1': 'Sign your school up. You receive a sign-in link by e-mail; no password needed.',
    'edition.how.booked.2': 'Register your classes and book a session for each. First come, first served; if a session is full, you can join its waiting list.',
    'edition.how.booked.3': 'You receive a confirmation with a calendar invitation. If a place comes free, you hear at once.',
    'edition.signupSchool': 'Sign up as a school', 'edition.signupCompany': 'Sign up as a company',
    'edition.opensOn': 'Registration opens on {date}.', 'edition.closedNow': 'Registration is closed.',
    'edition.already': 'Already signed up? Ask for a sign-in link', 'edition.mine': 'Go to my Lokaal',
    'edition.sessions.SHOW': 'Sessions and free seats', 'edition.sessions.CENTRE_VISIT': 'Time slots and free seats',
    'edition.col.day': 'Day', 'edition.col.time': 'Time', 'edition.col.place': 'Place', 'edition.col.free': 'Free',
    'edition.online': 'online', 'edition.free': '{left} of {seats} seats', 'edition.full': 'full', 'edition.waiting': '{n} waiting',
    'edition.noSessions': 'There are no sessions yet.',
  },
  de: {
    'edition.back': '← Alle Aktivitäten', 'edition.what': 'Worum geht es?', 'edition.when': 'Wann', 'edition.levels': 'Für',
    'edition.region': 'Region', 'edition.registration': 'Anmeldung', 'edition.status': 'Stand', 'edition.period': '{from} bis {to}',
    'edition.about.COMPANY_VISITS': 'In der Woche der Technik besuchen Klassen aus der Region ein Technikunternehmen in der Nähe: sich umsehen, selbst etwas ausprobieren und Fachleuten Fragen stellen.',
    'edition.about.SHOW': '„7 Welten der Technik“ ist eine Spielshow, in der Klassen im Theater oder online entdecken, wie viel Technik sie umgibt.',
    'edition.about.CENTRE_VISIT': 'Klassen besuchen das ICER-Innovationszentrum und arbeiten dort einen halben Tag an echten technischen Aufgaben.',
    'edition.how': 'So nehmen Sie teil',
    'edition.how.COMPANY_VISITS.1': 'Unternehmen melden sich an und bieten Besuchstermine an: Tag, Uhrzeit, Anzahl der Schüler und für welche Jahrgänge.',
    'edition.how.COMPANY_VISITS.2': 'Schulen melden sich an und geben für jede Klasse an, wann sie können, wie weit sie fahren und welche Unternehmen (bis zu fünf) sie bevorzugen.',
    'edition.how.COMPANY_VISITS.3': 'Nach Ende der Anmeldung teilen die Organisatoren die Klassen ein. Schulen und Unternehmen erhalten den Plan per E-Mail und sehen ihn in Lokaal.',
    'edition.how.booked.1': 'Melden Sie Ihre Schule an. Sie erhalten einen Anmeldelink per E-Mail; ein Passwort ist nicht nötig.',
    'edition.how.booked.2': 'Melden Sie Ihre Klassen an und buchen Sie für jede eine Vorstellung. Wer zuerst kommt, mahlt zuerst; ist sie voll, können Sie auf die Warteliste.',
    'edition.how.booked.3': 'Sie erhalten eine Bestätigung mit Kalendereinladung. Wird ein Platz frei, erfahren Sie es sofort.',
    'edition.signupSchool': 'Als Schule anmelden', 'edition.signupCompany': 'Als Unternehmen anmelden',
    'edition.opensOn': 'Die Anmeldung beginnt am {date}.', 'edition.closedNow': 'Die Anmeldung ist geschlossen.',
    'edition.already': 'Schon angemeldet? Anmeldelink anfordern', 'edition.mine': 'Zu meinem Lokaal',
    'edition.sessions.SHOW': 'Vorstellungen und freie Plätze', 'edition.sessions.CENTRE_VISIT': 'Zeitfenster und freie Plätze',
    'edition.col.day': 'Tag', 'edition.col.time': 'Zeit', 'edition.col.place': 'Ort', 'edition.col.free': 'Frei',
    'edition.online': 'online', 'edition.free': '{left} von {seats} Plätzen', 'edition.full': 'voll', 'edition.waiting': '{n} auf der Warteliste',
    'edition.noSessions': 'Es gibt noch keine Termine.',
  },
});

let edition = null;
let regions = [];
let sessions = [];
let caller = null;

/** Whether schools (and companies) can sign up today. */
function registrationOpen(e) {
  return e.status === 'OPEN' && e.registrationOpens <= today() && today() <= e.registrationCloses;
}

function facts(e) {
  const region = regions.find((r) => r.code === e.region)?.name || e.region;
  const row = (key, value) => [el('dt', {}, t(key)), el('dd', {}, value)];
  return el('dl', { class: 'facts' },
    row('edition.when', t('edition.period', { from: date(e.firstDay), to: date(e.lastDay) })),
    row('edition.levels', e.allowedLevels.map((l) => t('level.' + l)).join(', ')),
    row('edition.region', region),
    row('edition.registration', t('edition.period', { from: date(e.registrationOpens), to: date(e.registrationCloses) })),
    row('edition.status', t('status.' + e.status)));
}

function howToTakePart(e) {
  const steps = e.kind === 'COMPANY_VISITS' ? ['COMPANY_VISITS.1', 'COMPANY_VISITS.2', 'COMPANY_VISITS.3'] : ['booked.1', 'booked.2', 'booked.3'];
  let actions;
  if (registrationOpen(e)) {
    actions = el('div', { class: 'actions' },
      el('a', { id: 'signup-school', class: 'button', href: `/aanmelden.html?editie=${e.id}&als=school` }, t('edition.signupSchool')),
      e.kind === 'COMPANY_VISITS' ? el('a', { id: 'signup-company', class: 'button', href: `/aanmelden.html?editie=${e.id}&als=bedrijf` }, t('edition.signupCompany')) : null);
  } else {
    actions = el('p', { class: 'notice' }, today() < e.registrationOpens && e.status !== 'CLOSED' ? t('edition.opensOn', { date: date(e.registrationOpens) }) : t('edition.closedNow'));
  }
  const mine = caller && (caller.role === 'SCHOOL' || caller.role === 'COMPANY');
  return el('section', { 'aria-labelledby': 'how' },
    el('h2', { id: 'how' }, t('edition.how')),
    el('ol', {}, steps.map((s) => el('li', {}, t('edition.how.' + s)))),
    actions,
    el('p', {}, mine ? el('a', { href: '/mijn.html' }, t('edition.mine')) : el('a', { id: 'ask-link', href: '/inloggen.html' }, t('edition.already'))));
}

function sessionTable(e) {
  if (e.kind === 'COMPANY_VISITS') return null;
  const sorted = [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  const heading = el('h2', { id: 'sessions-title' }, t('edition.sessions.' + e.kind));
  if (!sorted.length) return el('section', {}, heading, el('p', { class: 'muted' }, t('edition.noSessions')));
  return el('section', { 'aria-labelledby': 'sessions-title' }, heading,
    el('div', { class: 'table-wrap' }, el('table', { id: 'sessions' },
      el('thead', {}, el('tr', {}, ['edition.col.day', 'edition.col.time', 'edition.col.place', 'edition.col.free'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, sorted.map((s) => el('tr', { dataset: { session: s.id } },
        el('td', {}, date(s.date, { weekday: 'short', day: 'numeric', month: 'short' })),
        el('td', {}, time(s.start) + '–' + time(s.end)),
        el('td', {}, s.online ? t('edition.online') : s.place),
        el('td', {}, s.seatsLeft > 0 && s.groupsLeft > 0 ? t('edition.free', { left: s.seatsLeft, seats: s.seats }) : el('span', { class: 'badge wait' }, t('edition.full')),
          s.waiting ? el('span', { class: 'hint' }, ' · ' + t('edition.waiting', { n: s.waiting })) : null)))))));
}

function render() {
  if (!edition) return;
  document.title = 'Lokaal – ' + edition.name;
  show('#edition',
    el('h1', {}, edition.name),
    el('p', {}, el('span', { class: 'badge' }, t('kind.' + edition.kind)), ' ', el('span', { class: 'badge ' + (registrationOpen(edition) ? 'ok' : '') }, t('status.' + edition.status))),
    el('h2', {}, t('edition.what')),
    el('p', {}, t('edition.about.' + edition.kind)),
    facts(edition),
    howToTakePart(edition),
    sessionTable(edition));
}

async function load() {
  caller = await start();
  const id = query('id');
  try {
    [edition, regions] = await Promise.all([api('GET', 'editions/' + encodeURIComponent(id || '0')), api('GET', 'regions')]);
    if (edition.kind !== 'COMPANY_VISITS') sessions = await api('GET', `editions/${edition.id}/sessions`);
    render();
  } catch (error) {
    show('#edition', el('h1', {}, t('error.notfound')));
    fail(error);
  }
}

document.addEventListener('lokaal:language', render);
load();
