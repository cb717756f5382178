// Signing in: schools and companies ask for a link by e-mail; organisers give e-mail and password and
// go on to ?terug=<local path> or the organiser pages.
// Element ids for browser tests: #link-form (input name=email), #link-sent (shown once the link is
// on its way), #password-form (inputs email, password).
import { api, ApiError, el, homeOf, onSubmit, query, show, start, t } from './lokaal.js';

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
  show(
    sent,
    el('p', { class: 'notice ok', role: 'status' }, t('signin.link.sent', { email: sentTo })),
    el(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          sentTo = null;
          sent.hidden = true;
          linkForm.hidden = false;
          linkForm.elements.email.focus();
        },
      },
      t('signin.link.again'),
    ),
  );
}

onSubmit(
  linkForm,
  (request) => api('POST', 'session/links', request),
  () => {
    sentTo = linkForm.elements.email.value;
    linkForm.hidden = true;
    sent.hidden = false;
    render();
  },
);

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
