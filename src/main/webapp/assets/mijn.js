// Where a sign-in link lands, and "Mijn Lokaal" for a contact address that serves several schools or
// companies: a chooser of them (#chooser, one button per party, data-role and data-id), then on to the
// chosen party's pages. Anyone else goes straight on to their own pages.
import { api, el, fail, homeOf, show, start, t, translate, whoAmI } from '/assets/lokaal.js';

let parties = [];

function render() {
  show(
    document.querySelector('#chooser-list'),
    ...parties.map((p) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: p.current ? 'secondary' : null,
            'data-role': p.role,
            'data-id': String(p.id),
            'aria-current': p.current ? 'true' : null,
            onclick: () => choose(p),
          },
          `${p.name}, ${p.town}`,
        ),
        ' ',
        el('small', {}, t(p.role === 'SCHOOL' ? 'chooser.school' : 'chooser.company')),
        p.current ? el('small', {}, ` (${t('chooser.current')})`) : null,
      ),
    ),
  );
  translate();
}

async function choose(party) {
  try {
    const session = party.current ? party : await api('POST', 'session/parties', { role: party.role, id: party.id });
    location.replace(homeOf(session));
  } catch (error) {
    fail(error);
  }
}

async function main() {
  const caller = await whoAmI().catch(() => null);
  if (!caller) return location.replace('/inloggen.html');
  if (caller.role === 'SCHOOL' || caller.role === 'COMPANY') {
    parties = await api('GET', 'session/parties').catch(() => []);
  }
  if (parties.length < 2) return location.replace(homeOf(caller));
  await start();
  document.querySelector('#mine-wait').hidden = true;
  document.querySelector('#chooser').hidden = false;
  render();
}

document.addEventListener('lokaal:language', render);
main();
