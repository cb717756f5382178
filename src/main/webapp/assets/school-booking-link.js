// A booking opened by the key in its mail (school.html?editie=..&boeking=<id>#sleutel=<key>): that
// booking with its change and cancel actions, for whoever holds the mail (a teacher has no account),
// without signing in. The key stays in the fragment, which no server sees, and goes to the API in
// the X-Lokaal-Key header; it opens this booking only.
// Element ids for browser tests: #booking-link (input .pupils, buttons .change and .cancel-booking).
import { api, date, el, fail, notice, query, show, start, t, time } from './lokaal.js';

/** Shows the booking if the page was opened with a key; false if it was not. */
export async function openBookingLink() {
  const key = new URLSearchParams(location.hash.slice(1)).get('sleutel');
  const id = query('boeking');
  if (!key || !id) return false;
  await start();
  document.querySelectorAll('main > section, main > div').forEach((s) => (s.hidden = true));
  const section = el('section', { id: 'booking-link', class: 'card', 'aria-live': 'polite' });
  document.querySelector('main').append(section);
  const call = (method, body) =>
    api(method, 'booking-links/' + encodeURIComponent(id), body, { headers: { 'X-Lokaal-Key': key } });
  const render = (b) => {
    document.querySelector('#school-name').textContent = b.school;
    const when = { day: date(b.date), time: time(b.start) + '–' + time(b.end) };
    const open = b.status !== 'CANCELLED';
    const pupils = el('input', {
      class: 'pupils',
      id: 'link-pupils',
      type: 'number',
      min: 1,
      max: 1000,
      value: b.pupils,
    });
    show(
      section,
      el('h2', {}, b.edition + ' – ' + b.group),
      el('p', {}, el('strong', {}, t(b.status === 'WAITING' ? 'school.waitingFor' : 'school.visit', when))),
      el('p', {}, [b.place, b.address].filter(Boolean).join(', ')),
      open ? null : el('p', { class: 'notice' }, t('school.cancelled', { name: b.group })),
      open && b.changeable
        ? el('div', { class: 'field' }, el('label', { for: 'link-pupils' }, t('booking.pupils')), pupils)
        : el('p', {}, t('school.pupils', { n: b.pupils })),
      open
        ? el(
            'div',
            { class: 'actions' },
            b.changeable
              ? el(
                  'button',
                  { type: 'button', class: 'change', onclick: () => change(Number(pupils.value)) },
                  t('save'),
                )
              : null,
            el(
              'button',
              { type: 'button', class: 'danger cancel-booking', onclick: cancel },
              t('school.cancelBooking'),
            ),
          )
        : null,
    );
    section.querySelector('.cancel-booking')?.focus();
    state.booking = b;
  };
  const state = { booking: null };
  const change = async (n) => {
    try {
      render(await call('PUT', { pupils: n }));
      notice(t('saved'));
    } catch (error) {
      fail(error);
    }
  };
  const cancel = async () => {
    if (!confirm(t('school.cancelConfirm', { name: state.booking.group }))) return;
    try {
      await call('DELETE');
      render(await call('GET'));
      notice(t('school.cancelled', { name: state.booking.group }));
    } catch (error) {
      fail(error);
    }
  };
  try {
    render(await call('GET'));
  } catch (error) {
    fail(error);
  }
  return true;
}
