// The flows every engine runs, as a user on a phone (390×844) does them. Each gets a fresh
// tab (`app`, see app.mjs); after each, suite.mjs asserts that no page seen was wider than
// the viewport and that the page logged no error.
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { inMain, button } from './app.mjs';
import { PHONE } from './support.mjs';
import { resultLink } from '../e2e/links.mjs';

const HOME = 'Werken aan een lerende organisatie';
/** The answer buttons of a statement, as named: the scale 1–5 and "don't know". */
const ANSWERS = ['Klopt helemaal niet', 'Klopt nauwelijks', 'Klopt deels', 'Klopt grotendeels', 'Klopt helemaal', 'Weet ik niet'];
const STATEMENTS = 16;
const NARROW = { width: 360, height: PHONE.height };

/** One of each page group, opened by deep link; `check` looks for more than the title. */
export const PAGE_GROUPS = [
  { name: 'home', hash: '#/', title: HOME },
  { name: 'card', hash: '#/kaart/feedbackprocessen', title: 'Feedbackprocessen stimuleren',
    check: (app) => app.find(inMain({ role: 'region', name: 'Uit de praktijk' })) },
  { name: 'guide', hash: '#/werken-met-de-kaarten', title: 'Werken met de kaarten' },
  { name: 'search', hash: '#/zoeken?q=feedback', title: 'Zoeken in de kaarten',
    check: (app) => app.waitForCount(inMain({ role: 'mark' }), 1, { atLeast: true }) },
  { name: 'scan', hash: '#/scan', title: 'Zelfscan: hoe lerend is jullie organisatie?',
    check: (app) => app.find(inMain(button('Start de scan'))) },
  { name: 'planner', hash: '#/plannen', title: 'Reisplanner',
    check: (app) => app.find(inMain({ role: 'heading', level: 2, name: 'Nieuw plan' })) },
  { name: 'files', hash: '#/bestanden', title: 'Bestanden',
    check: (app) => app.find(inMain({ label: 'Bestanden kiezen' })) },
  { name: 'team', hash: '#/team', title: 'Teambeeld',
    check: (app) => app.find(inMain({ label: 'Scanbestanden kiezen' })) },
];

/** Shows page group `page` at 390 and 360 px wide: checks both widths, saves screenshots. */
async function atBothWidths(app, page) {
  await app.checkWidth(`${page.name} at ${PHONE.width} px`);
  await app.screenshot(`${page.name}-${PHONE.width}`);
  await app.setViewport(NARROW);
  await app.waitForHeading(page.title);
  await app.checkWidth(`${page.name} at ${NARROW.width} px`);
  await app.screenshot(`${page.name}-${NARROW.width}`);
  await app.setViewport(PHONE);
}

/** A small export with one finished scan and one marked suggestion (README, "File format"). */
async function exportFile() {
  const answers = {};
  for (const card of ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid']) {
    answers[`${card}.u1`] = 4;
    answers[`${card}.u2`] = 3;
  }
  const doc = {
    format: 'ontwikkelkaarten', version: 1, app_version: '0.1.0', exported_at: '2026-11-27T10:00:00',
    suggestions: { 'feedbackprocessen.03': { status: 'oppakken', note: 'Bespreken in het MT' } },
    plans: [],
    scans: [{
      id: 'scan-engines-1', label: 'Meting uit een bestand', respondent: 'Sam', role: 'directeur', organisation: 'Team Zuid',
      started: '2026-11-27T09:30:12', finished: '2026-11-27T09:36:40', answers,
    }],
  };
  const path = join(await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-engines-')), 'ontwikkelkaarten-2026-11-27.json');
  await writeFile(path, JSON.stringify(doc, null, 2));
  return path;
}

export const FLOWS = [
  {
    name: 'the error hook catches errors at start-up and later (self-check)',
    expectErrors: true,
    async run(app) {
      await app.open('?throw-at-start');
      await app.evaluate(() => {
        console.error('logged on purpose');
        setTimeout(() => { throw new Error('thrown on purpose'); });
        Promise.reject(new Error('rejected on purpose'));
      });
      const kinds = await app.poll('all four kinds of error', async () => {
        const errors = await app.errors();
        const has = (kind, text) => errors.some((e) => e.kind === kind && e.text.includes(text));
        return has('error', 'thrown at start on purpose') && has('console.error', 'logged on purpose')
          && has('error', 'thrown on purpose') && has('unhandledrejection', 'rejected on purpose') && errors;
      });
      assert.ok(kinds.length >= 4);
    },
  },
  {
    name: 'home: the static page becomes the app',
    async run(app) {
      await app.open('');
      await app.waitForHeading(HOME);
      assert.equal(await app.evaluate(() => document.querySelectorAll('.shell-home, .shell-loading, [data-ok-staging]').length), 0,
        'no static page left'); // markers of the start-up, no role (see tests/e2e/pages/app.mjs)
      assert.equal((await app.texts(inMain({ role: 'heading', level: 3 }))).length, 8, 'the eight dimensions');
      await app.find(inMain({ role: 'searchbox', name: 'Zoeken in de kaarten' }));
      await app.checkWidth('home');
    },
  },
  ...PAGE_GROUPS.map((page) => ({
    name: `deep link and reload: ${page.name} (${page.hash})`,
    async run(app) {
      await app.open(page.hash);
      await app.waitForHeading(page.title);
      await page.check?.(app);
      await app.checkWidth(`${page.name} (deep link)`);
      await app.reload();
      await app.waitForHeading(page.title);
      await page.check?.(app);
      await atBothWidths(app, page);
    },
  })),
  {
    name: 'in-app navigation through the parts loaded on demand, and back',
    async run(app) {
      await app.open('');
      await app.checkWidth('home');
      await app.follow('Doe de zelfscan');
      await app.waitForHeading('Zelfscan: hoe lerend is jullie organisatie?');
      await app.checkWidth('scan start, from home');
      await app.back();
      await app.waitForHeading(HOME);

      await app.follow('Plan een traject');
      await app.waitForHeading('Reisplanner');
      await app.checkWidth('planner, from home');
      await app.back();
      await app.waitForHeading(HOME);

      await app.follow('Feedbackprocessen stimuleren'); // a tile in the list of eight
      await app.waitForHeading('Feedbackprocessen stimuleren');
      await app.checkWidth('card, from home');
      await app.back();
      await app.waitForHeading(HOME);

      await app.follow('Meer over werken met de kaarten');
      await app.waitForHeading('Werken met de kaarten');
      await app.checkWidth('guide, from home');
      await app.followMenu('Bestanden');
      await app.waitForHeading('Bestanden');
      await app.checkWidth('files, from the menu');
      await app.back();
      await app.waitForHeading('Werken met de kaarten');
      await app.back();
      await app.waitForHeading(HOME);
      assert.equal(await app.hash(), '');
    },
  },
  {
    name: 'a full scan by taps: sixteen statements, the summary, the result',
    async run(app) {
      await app.open('#/scan');
      await app.checkWidth('scan start');
      await app.press(inMain(button('Start de scan')));
      for (let n = 1; n <= STATEMENTS; n++) {
        await app.find(inMain({ text: `${n} van ${STATEMENTS}` }));
        await app.checkWidth(`scan statement ${n}`);
        await app.press(inMain(button(ANSWERS[n % ANSWERS.length])));
      }
      await app.waitForHeading('Bijna klaar');
      await app.checkWidth('scan summary');
      await app.press(inMain(button('Afronden en resultaat bekijken')));
      await app.waitForHeading(/^Resultaat: /);
      await app.find(inMain({ role: 'img', name: /^Radardiagram/ }));
      const table = inMain({ role: 'table', name: /^Score per dimensie/ });
      assert.equal((await app.texts({ role: 'rowheader', name: /^[1-8]\. /, within: table })).length, 8, 'a row per dimension');
      await app.checkWidth('scan result');
      await app.screenshot('scan-result-390');
    },
  },
  {
    name: 'a plan from a template',
    async run(app) {
      await app.open('#/plannen');
      await app.find(inMain({ role: 'heading', level: 2, name: 'Nieuw plan' }));
      await app.choose('Begin met', 'Van strategie naar gedrag: in drie stappen, met beloften');
      await app.find(inMain({ text: /^Het MT en informele leiders nemen medewerkers in drie stappen mee/ })); // its summary
      await app.fill('Naam van het plan', 'Traject Zuid');
      await app.checkWidth('planner, new plan form');
      await app.press(inMain(button('Plan maken')));
      await app.waitForHeading('Traject Zuid');
      await app.find(inMain({ role: 'region', name: 'Voortgang' }));
      const sessions = inMain({ role: 'region', name: 'Sessies' });
      await app.waitForCount({ role: 'listitem', within: sessions }, 1, { atLeast: true });
      await app.find({ role: 'heading', name: 'Stap 3: kennisdag', within: sessions }); // from the template
      await app.checkWidth('plan');
      await app.screenshot('plan-390');
    },
  },
  {
    name: 'importing a file: the preview, merging, and the scan and mark applied',
    async run(app) {
      const path = await exportFile();
      await app.open('#/bestanden');
      await app.checkWidth('files');
      try {
        await app.upload('Bestanden kiezen', path);
        await app.find(inMain({ text: /^Bevat 1 scan\b/ })); // the file has been read
      } finally {
        await rm(dirname(path), { recursive: true });
      }
      await app.checkWidth('files, preview');
      await app.press(inMain(button('Samenvoegen')));
      await app.find(inMain({ text: /^Samengevoegd: 1 scan/ }));
      await app.checkWidth('files, merged');

      await app.open('#/scans');
      await app.find(inMain({ role: 'heading', level: 2, name: 'Meting uit een bestand' }));
      await app.checkWidth('scans');
      await app.open('#/kaart/feedbackprocessen');
      await app.find(inMain({ text: /(^|· )1 op te pakken · .*nog niet gemarkeerd$/ }));
      await app.checkWidth('card, after the import');
    },
  },
  {
    name: 'a team session: a member joins by the invitation, answers and sends back; the facilitator collects',
    async run(app) {
      await app.open('#/teamsessie');
      await app.fill('Team', 'MT Zuid');
      await app.fill('Naam van de sessie', 'nulmeting');
      await app.press(inMain(button('Start de sessie')));
      await app.waitForHeading('MT Zuid — nulmeting');
      await app.find(inMain({ role: 'img', name: 'QR-code om mee te doen aan de sessie' }));
      await app.checkWidth('team session');
      const [line] = await app.texts(inMain({ text: /^Code: / }));
      const code = line.replace('Code: ', '').trim();

      // The code as a member types it (a typed code carries nothing else: no name).
      await app.open(`#/meedoen/${code}`);
      await app.find(inMain({ text: `1 van ${STATEMENTS}` }));
      await app.find(inMain({ text: `Teamsessie: Teamsessie ${code}` }));
      for (let n = 1; n <= STATEMENTS; n++) {
        await app.find(inMain({ text: `${n} van ${STATEMENTS}` }));
        await app.press(inMain(button(ANSWERS[n % 5])));
      }
      await app.press(inMain(button('Afronden en resultaat bekijken')));
      const send = inMain({ role: 'region', name: 'Stuur naar de begeleider' });
      await app.find(send);
      await app.press({ ...button('Toon als QR-code'), within: send });
      await app.find({ role: 'img', name: 'QR-code met je uitkomst', within: send });
      await app.checkWidth('a member\'s result, sending back');

      await app.open(`#/teamsessie/${code.replace('-', '')}`);
      const answers = (k) => Array.from({ length: STATEMENTS }, (_, i) => 1 + ((i + k) % 5));
      const chat = [1, 2, 3].map((k) => `Lid ${k}: ${resultLink('https://example.nl/app/', { code, id: k, answers: answers(k) })}`).join('\n');
      await app.fill('Plak hier de berichten met links', chat);
      await app.press(inMain(button('Links toevoegen')));
      await app.find(inMain({ text: /^3 binnen$/ }));
      const table = inMain({ role: 'table', name: /^Per dimensie, over de deelnemers/ });
      assert.equal((await app.texts({ role: 'rowheader', name: /^[1-8]\. /, within: table })).length, 8, 'a row per dimension');
      await app.checkWidth('team session, collected');
    },
  },
];

