// Signing in: schools and companies ask for a link by e-mail; organisers give e-mail and password and
// go on to ?terug=<local path> or the organiser pages.
// Element ids for browser tests: #link-form (input name=email), #link-sent (shown once the link is
// on its way), #password-form (inputs email, password).
import { api, ApiError, el, homeOf, onSubmit, query, show, start, t, texts } from './lokaal.js';

texts({
  nl: {
    'signin.title': 'Inloggen', 'signin.link.title': 'Scholen en bedrijven', 'signin.email': 'E-mailadres',
    'signin.link.intro': 'U logt in met een link die we u mailen. Vul het e-mailadres in waarmee uw school of bedrijf is aangemeld.',
    'signin.link.submit': 'Stuur mij een inloglink', 'signin.password.title': 'Organisatoren', 'signin.password': 'Wachtwoord',
    'signin.password.submit': 'Inloggen',
    'signin.link.sent': 'Als {email} bij ons bekend is, krijgt u binnen enkele minuten een inloglink. De link werkt één keer.',
    'signin.link.again': 'Ander adres proberen', 'signin.wrong': 'Onbekend e-mailadres of verkeerd wachtwoord.',
  },
  en: {
    'signin.title': 'Sign in', 'signin.link.title': 'Schools and companies', 'signin.email': 'E-mail address',
    'signin.link.intro': 'You sign in with a link we e-mail to you. Enter the address your school or company signed up with.',
    'signin.link.submit': 'Send me a sign-in link', 'signin.password.title': 'Organisers', 'signin.password': 'Password',
    'signin.password.submit': 'Sign in',
    'signin.link.sent': 'If {email} is known to us, a sign-in link reaches you within a few minutes. The link works once.',
    'signin.link.again': 'Try another address', 'signin.wrong': 'Unknown e-mail address or wrong password.',
  },
  de: {
    'signin.title': 'Anmelden', 'signin.link.title': 'Schulen und Unternehmen', 'signin.email': 'E-Mail-Adresse',
    'signin.link.intro': 'Sie melden sich mit einem Link an, den wir Ihnen mailen. Geben Sie die Adresse ein, mit der Ihre Schule oder Ihr Unternehmen angemeldet ist.',
    'signin.link.submit': 'Anmeldelink senden', 'signin.password.title': 'Organisatoren', 'signin.password': 'Passwort',
    'signin.password.submit': 'Anmelden',
    'signin.link.sent': 'Wenn {email} bei uns bekannt ist, erhalten Sie in wenigen Minuten einen Anmeldelink. Der Link funktioniert einmal.',
    'signin.link.again': 'Andere Adresse versuchen', 'signin.wrong': 'Unbekannte E-Mail-Adresse oder falsches Passwort.',
  },
});

const linkForm = document.querySelector('#link-form');
const sent = document.querySelector('#link-sent');
let sentTo = null;

/** Only a path on this site: "/x", never "//elsewhere" or "https://elsewhere". */
function back() {
  const target = query('terug');
  return target && /^\/(?![/\\])/.test(target) ? target : null;
}

function render() {
  if (!sentTo) return;
  show(sent, el('p', { class: 'notice ok', role: 'status' }, t('signin.link.sent', { email: sentTo })),
    el('button', { type: 'button', class: 'link', onclick: () => { sentTo = null; sent.hidden = true; linkForm.hidden = false; linkForm.elements.email.focus(); } }, t('signin.link.again')));
}

onSubmit(linkForm, (request) => api('POST', 'session/links', request), () => {
  sentTo = linkForm.elements.email.value;
  linkForm.hidden = true;
  sent.hidden = false;
  render();
});

/** A wrong password is the password field's error, not "you are not signed in". */
async function signIn(request) {
  try {
    return await api('POST', 'session', request);
  } catch (error) {
    if (error.status !== 401) throw error;
    throw new ApiError(400, { detail: t('signin.wrong'), errors: [{ field: 'password', message: t('signin.wrong') }] });
  }
}

onSubmit(document.querySelector('#password-form'), signIn, (session) => {
  location.href = back() || homeOf(session);
});

document.addEventListener('lokaal:language', render);
start();
