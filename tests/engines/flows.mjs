// The flows every engine runs, as a user on a phone (390×844) does them. Each gets a fresh
// tab (`app`, see app.mjs); after each, suite.mjs asserts that no page seen was wider than
// the viewport and that the page logged no error.
//
// `flows(t)` gives them in one language: every text of the app is written `t('Dutch',
// 'English')`, the English exactly as the English build shows it (the tr!/trf! pairs in
// src/, the deck in content/en). What the user types or brings in a file stays as it is.
// suite.mjs runs every flow in Dutch, and the main journeys (`main: true`) in English too.
import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { inMain, button } from './app.mjs';
import { PHONE } from './support.mjs';
import { resultLink } from '../e2e/links.mjs';

/** The languages: every flow runs in the first, the main journeys in all. */
export const LANGUAGES = ['nl', 'en'];
/** The `t(nl, en)` of language `lang`: gives its text of the two. */
export const inLanguage = (lang) => (nl, en) => (lang === 'en' ? en : nl);

const STATEMENTS = 16;
const NARROW = { width: 360, height: PHONE.height };

/** One of each page group, opened by deep link; `check` looks for more than the title. */
export function pageGroups(t) {
  return [
    { name: 'home', hash: '#/', title: t('Werken aan een lerende organisatie', 'Working on a learning organisation') },
    { name: 'card', hash: '#/kaart/feedbackprocessen', title: t('Feedbackprocessen stimuleren', 'Encouraging feedback processes'),
      check: (app) => app.find(inMain({ role: 'region', name: t('Uit de praktijk', 'From practice') })) },
    { name: 'guide', hash: '#/werken-met-de-kaarten', title: t('Werken met de kaarten', 'Working with the cards') },
    { name: 'search', hash: '#/zoeken?q=feedback', title: t('Zoeken in de kaarten', 'Search the cards'),
      check: (app) => app.waitForCount(inMain({ role: 'mark' }), 1, { atLeast: true }) },
    { name: 'scan', hash: '#/scan', title: t('Zelfscan: hoe lerend is jullie organisatie?', 'Self-scan: how well does your organisation learn?'),
      check: (app) => app.find(inMain(button(t('Start de scan', 'Start the scan')))) },
    { name: 'planner', hash: '#/plannen', title: t('Reisplanner', 'Journey planner'),
      check: (app) => app.find(inMain({ role: 'heading', level: 2, name: t('Nieuw plan', 'New plan') })) },
    { name: 'files', hash: '#/bestanden', title: t('Bestanden', 'Files'),
      check: (app) => app.find(inMain({ label: t('Bestanden kiezen', 'Choose files') })) },
    { name: 'team', hash: '#/team', title: t('Teambeeld', 'Team view'),
      check: (app) => app.find(inMain({ label: t('Scanbestanden kiezen', 'Choose scan files') })) },
  ];
}

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

/**
 * The flows in the language of `t` (from `inLanguage`), each { name, run(app) }, with
 * `main` on a main journey, `expectErrors` on a flow that causes errors on purpose, and
 * `skip` ({ engine: reason }) where an engine does not pass it yet.
 */
export function flows(t) {
  const HOME = t('Werken aan een lerende organisatie', 'Working on a learning organisation');
  /** The answer buttons of a statement, as named: the scale 1–5 and "don't know". */
  const ANSWERS = [
    t('Klopt helemaal niet', 'Not true at all'), t('Klopt nauwelijks', 'Hardly true'), t('Klopt deels', 'Partly true'),
    t('Klopt grotendeels', 'Mostly true'), t('Klopt helemaal', 'Completely true'), t('Weet ik niet', "Don't know"),
  ];
  /** Where the scan is: "1 van 16". */
  const position = (n) => t(`${n} van ${STATEMENTS}`, `${n} of ${STATEMENTS}`);
  const FINISH = t('Afronden en resultaat bekijken', 'Finish and see the result');

  return [
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
      main: true,
      async run(app) {
        await app.open('');
        await app.waitForHeading(HOME);
        assert.equal(await app.evaluate(() => document.querySelectorAll('.shell-home, .shell-loading, [data-ok-staging]').length), 0,
          'no static page left'); // markers of the start-up, no role (see tests/e2e/pages/app.mjs)
        assert.equal((await app.texts(inMain({ role: 'heading', level: 3 }))).length, 8, 'the eight dimensions');
        await app.find(inMain({ role: 'searchbox', name: t('Zoeken in de kaarten', 'Search the cards') }));
        await app.checkWidth('home');
      },
    },
    ...pageGroups(t).map((page) => ({
      name: `deep link and reload: ${page.name} (${page.hash})`,
      main: true,
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
      main: true,
      async run(app) {
        const CARD = t('Feedbackprocessen stimuleren', 'Encouraging feedback processes');
        const GUIDE = t('Werken met de kaarten', 'Working with the cards');
        const FILES = t('Bestanden', 'Files');
        await app.open('');
        await app.checkWidth('home');
        await app.follow(t('Doe de zelfscan', 'Take the self-scan'));
        await app.waitForHeading(t('Zelfscan: hoe lerend is jullie organisatie?', 'Self-scan: how well does your organisation learn?'));
        await app.checkWidth('scan start, from home');
        await app.back();
        await app.waitForHeading(HOME);

        await app.follow(t('Plan een traject', 'Plan a journey'));
        await app.waitForHeading(t('Reisplanner', 'Journey planner'));
        await app.checkWidth('planner, from home');
        await app.back();
        await app.waitForHeading(HOME);

        await app.follow(CARD); // a tile in the list of eight
        await app.waitForHeading(CARD);
        await app.checkWidth('card, from home');
        await app.back();
        await app.waitForHeading(HOME);

        await app.follow(t('Meer over werken met de kaarten', 'More about working with the cards'));
        await app.waitForHeading(GUIDE);
        await app.checkWidth('guide, from home');
        await app.followMenu(FILES);
        await app.waitForHeading(FILES);
        await app.checkWidth('files, from the menu');
        await app.back();
        await app.waitForHeading(GUIDE);
        await app.back();
        await app.waitForHeading(HOME);
        assert.equal(await app.hash(), '');
      },
    },
    {
      name: 'a full scan by taps: sixteen statements, the summary, the result',
      main: true,
      async run(app) {
        await app.open('#/scan');
        await app.checkWidth('scan start');
        await app.press(inMain(button(t('Start de scan', 'Start the scan'))));
        for (let n = 1; n <= STATEMENTS; n++) {
          await app.find(inMain({ text: position(n) }));
          await app.checkWidth(`scan statement ${n}`);
          await app.press(inMain(button(ANSWERS[n % ANSWERS.length])));
        }
        await app.waitForHeading(t('Bijna klaar', 'Almost done'));
        await app.checkWidth('scan summary');
        await app.press(inMain(button(FINISH)));
        await app.waitForHeading(t(/^Resultaat: /, /^Result: /));
        await app.find(inMain({ role: 'img', name: t(/^Radardiagram/, /^Radar chart/) }));
        const table = inMain({ role: 'table', name: t(/^Score per dimensie/, /^Score per dimension/) });
        assert.equal((await app.texts({ role: 'rowheader', name: /^[1-8]\. /, within: table })).length, 8, 'a row per dimension');
        await app.checkWidth('scan result');
        await app.screenshot('scan-result-390');
      },
    },
    {
      name: 'a plan from a template',
      main: true,
      async run(app) {
        await app.open('#/plannen');
        await app.find(inMain({ role: 'heading', level: 2, name: t('Nieuw plan', 'New plan') }));
        await app.choose(t('Begin met', 'Start from'),
          t('Van strategie naar gedrag: in drie stappen, met beloften', 'From strategy to behaviour: in three steps, with promises'));
        await app.find(inMain({ // its summary
          text: t(/^Het MT en informele leiders nemen medewerkers in drie stappen mee/, /^The management team and informal leaders take employees through a new strategy in three steps/),
        }));
        await app.fill(t('Naam van het plan', 'Plan name'), 'Traject Zuid');
        await app.checkWidth('planner, new plan form');
        await app.press(inMain(button(t('Plan maken', 'Create plan'))));
        await app.waitForHeading('Traject Zuid');
        await app.find(inMain({ role: 'region', name: t('Voortgang', 'Progress') }));
        const sessions = inMain({ role: 'region', name: t('Sessies', 'Sessions') });
        await app.waitForCount({ role: 'listitem', within: sessions }, 1, { atLeast: true });
        await app.find({ role: 'heading', name: t('Stap 3: kennisdag', 'Step 3: knowledge day'), within: sessions }); // from the template
        await app.checkWidth('plan');
        await app.screenshot('plan-390');
      },
    },
    {
      name: 'importing a file: the preview, merging, and the scan and mark applied',
      main: true,
      async run(app) {
        const path = await exportFile();
        await app.open('#/bestanden');
        await app.checkWidth('files');
        try {
          await app.upload(t('Bestanden kiezen', 'Choose files'), path);
          await app.find(inMain({ text: t(/^Bevat 1 scan\b/, /^Contains 1 scan\b/) })); // the file has been read
        } finally {
          await rm(dirname(path), { recursive: true });
        }
        await app.checkWidth('files, preview');
        await app.press(inMain(button(t('Samenvoegen', 'Merge'))));
        await app.find(inMain({ text: t(/^Samengevoegd: 1 scan/, /^Merged: 1 scan/) }));
        await app.checkWidth('files, merged');

        await app.open('#/scans');
        await app.find(inMain({ role: 'heading', level: 2, name: 'Meting uit een bestand' }));
        await app.checkWidth('scans');
        await app.open('#/kaart/feedbackprocessen');
        await app.find(inMain({ text: t(/(^|· )1 op te pakken · .*nog niet gemarkeerd$/, /(^|· )1 to take up · .*not yet marked$/) }));
        await app.checkWidth('card, after the import');
      },
    },
    {
      name: 'a team session: a member joins by the invitation, answers and sends back; the facilitator collects',
      main: true,
      async run(app) {
        await app.open('#/teamsessie');
        await app.fill('Team', 'MT Zuid'); // the same word in English
        await app.fill(t('Naam van de sessie', 'Session name'), 'nulmeting');
        await app.press(inMain(button(t('Start de sessie', 'Start the session'))));
        await app.waitForHeading('MT Zuid — nulmeting');
        await app.find(inMain({ role: 'img', name: t('QR-code om mee te doen aan de sessie', 'QR code to join the session') }));
        await app.checkWidth('team session');
        const [line] = await app.texts(inMain({ text: /^Code: / })); // the same in English
        const code = line.replace('Code: ', '').trim();

        // The code as a member types it (a typed code carries nothing else: no name).
        await app.open(`#/meedoen/${code}`);
        await app.find(inMain({ text: position(1) }));
        await app.find(inMain({ text: t(`Teamsessie: Teamsessie ${code}`, `Team session: Team session ${code}`) }));
        for (let n = 1; n <= STATEMENTS; n++) {
          await app.find(inMain({ text: position(n) }));
          await app.press(inMain(button(ANSWERS[n % 5])));
        }
        await app.press(inMain(button(FINISH)));
        const send = inMain({ role: 'region', name: t('Stuur naar de begeleider', 'Send to the facilitator') });
        await app.find(send);
        await app.press({ ...button(t('Toon als QR-code', 'Show as QR code')), within: send });
        await app.find({ role: 'img', name: t('QR-code met je uitkomst', 'QR code with your result'), within: send });
        await app.checkWidth('a member\'s result, sending back');

        await app.open(`#/teamsessie/${code.replace('-', '')}`);
        const answers = (k) => Array.from({ length: STATEMENTS }, (_, i) => 1 + ((i + k) % 5));
        const chat = [1, 2, 3].map((k) => `Lid ${k}: ${resultLink('https://example.nl/app/', { code, id: k, answers: answers(k) })}`).join('\n');
        await app.fill(t('Plak hier de berichten met links', 'Paste the messages with links here'), chat);
        await app.press(inMain(button(t('Links toevoegen', 'Add links'))));
        await app.find(inMain({ text: t(/^3 binnen$/, /^3 in$/) }));
        const table = inMain({ role: 'table', name: t(/^Per dimensie, over de deelnemers/, /^Per dimension, across the participants/) });
        assert.equal((await app.texts({ role: 'rowheader', name: /^[1-8]\. /, within: table })).length, 8, 'a row per dimension');
        await app.checkWidth('team session, collected');
      },
    },
  ];
}
