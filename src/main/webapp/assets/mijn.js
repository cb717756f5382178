import { homeOf, whoAmI } from '/assets/lokaal.js';

// Where a sign-in link lands: on to the caller's own pages (school, company or organiser).
whoAmI().then(
  (caller) => location.replace(homeOf(caller)),
  () => location.replace('/inloggen.html'),
);
