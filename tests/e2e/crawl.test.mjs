// A crawl over every page with a populated state (two scans and a team result, a team of
// twelve, a plan with sessions, actions, promises, budget and measures), at 360, 390 and
// 1280 px: nothing wider than the screen, a title of its own per page, and the menu marking
// where you are, in each language. The screenshots go to tests/e2e/artifacts/crawl/<width>/
// (English: <width>-en/; git-ignored),
// for looking at every page after a change; CRAWL_OUT=<name> writes them elsewhere under
// artifacts/ (e.g. to keep a "before" set).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, ROOT, LANGUAGES } from './support.mjs';
import { pages } from './pages/index.mjs';
import { STATEMENTS, memberFile } from './member-files.mjs';
import { storedSessions } from './links.mjs';

const app = useApp();
const OUT = join(ROOT, 'tests', 'e2e', 'artifacts', process.env.CRAWL_OUT ?? 'crawl');
let state;
let team;
let sessions;

/** The fixture of the file format, with a second own scan half a year later. */
async function populated() {
  const doc = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'format-v1.json'), 'utf8'));
  const answers = Object.fromEntries(STATEMENTS.map((s, i) => [s, 1 + ((i * 3) % 5)]));
  doc.scans.push({
    id: 'scan-crawl-2', label: 'Tussenmeting na het eerste halfjaar', respondent: 'Anna de Vries', role: 'directeur',
    organisation: 'Team Zuid', started: '2027-03-01T09:30:00', finished: '2027-03-01T09:44:00', answers,
  });
  return JSON.stringify(doc);
}

before(async () => {
  state = await populated();
  // A session of twelve, one of them named at length and one from another session.
  sessions = storedSessions([{
    code: 'K7M-2QX', team: 'Managementteam Zuid-Oost', name: 'nulmeting voorjaar', created: '2027-03-01T09:00:00', minimum: 3,
    names_allowed: true, show_names: false,
    results: Array.from({ length: 12 }, (_, i) => ({
      id: 100 + i, day: '2027-03-01', name: i === 0 ? 'Maximiliaan van Oldenbarnevelt-Jansen' : '',
      ...(i === 11 ? { other_session: 'AAA-BBB' } : {}),
      answers: Object.fromEntries(STATEMENTS.map((s, k) => [s, 1 + ((i + k) % 5)])),
    })),
  }]);
  const dir = await mkdtemp(join(tmpdir(), 'ontwikkelkaarten-crawl-'));
  // Twelve members who see the organisation differently: a wide band on most dimensions.
  team = await Promise.all(Array.from({ length: 12 }, (_, i) =>
    memberFile(dir, `lid-${i + 1}`, `Teamlid met een lange naam ${i + 1}`, 1 + (i % 5), [1 + ((i * 2) % 5), 5 - (i % 5)])));
});

/** Every page: its hash, a short name for the screenshot, and the menu link it belongs to. */
const PAGES = [
  ['#/', 'home', null],
  ['#/kaart/feedbackprocessen', 'kaart', null],
  ['#/werken-met-de-kaarten', 'werken-met-de-kaarten', '#/werken-met-de-kaarten'],
  ['#/zoeken?q=feedback', 'zoeken', '#/zoeken'],
  ['#/scan', 'scan', '#/scan'],
  ['#/scans', 'jullie-scans', '#/scans'],
  ['#/scan/resultaat/scan-fixture-1', 'resultaat', '#/scans'],
  ['#/scan/resultaat/team-fixture-1', 'resultaat-team', '#/scans'],
  ['#/scans/vergelijk/scan-fixture-1/scan-crawl-2', 'vergelijken', '#/scans'],
  ['#/plannen', 'plannen', '#/plannen'],
  ['#/plan/plan-fixture-1', 'plan', '#/plannen'],
  ['#/plan/plan-fixture-1/sessie/s-1', 'sessie', '#/plannen'],
  ['#/team', 'team', '#/teamsessie'],
  ['#/teamsessie', 'teamsessie', '#/teamsessie'],
  ['#/teamsessie/K7M2QX', 'sessie-verzamelen', '#/teamsessie'],
  ['#/teamsessie/K7M2QX/uitnodiging', 'sessie-uitnodiging', '#/teamsessie'],
  ['#/bestanden', 'bestanden', '#/bestanden'],
  ['#/niet-gevonden', 'niet-gevonden', null],
];

for (const lang of LANGUAGES) for (const width of [360, 390, 1280]) {
  test(`[${lang}] every page at ${width} px: no sideways scrolling, its own title, the menu marks where you are`, async () => {
    const phone = width < 1000;
    const context = await app.browser.newContext({
      viewport: { width, height: phone ? 800 : 800 },
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      locale: lang === 'en' ? 'en-GB' : 'nl-NL',
    });
    const page = await context.newPage();
    const problems = { errors: [], foreignRequests: [] };
    page.on('pageerror', (err) => problems.errors.push({ text: String(err), url: '' }));
    const { app: site, team: teamPage } = pages(page, { url: app.server.url, pointer: phone ? 'tap' : 'click', lang });
    await site.open('#/');
    await site.store(state);
    await page.evaluate((s) => localStorage.setItem('ontwikkelkaarten.teamsessies', s), sessions);
    await site.reload();
    await teamPage.open();
    await teamPage.importFiles(team);
    await teamPage.participants.filter({ hasText: lang === 'en' ? '12 participants' : '12 deelnemers' }).waitFor();

    const dir = join(OUT, lang === 'nl' ? String(width) : `${width}-${lang}`);
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: join(dir, '00-team-ingelezen.png'), fullPage: true });
    const titles = new Map();
    const found = [];
    const overflow = await site.horizontalOverflow();
    if (overflow > 0) found.push(`#/team, just loaded: ${overflow} px wider than the screen`);
    for (const [index, [hash, name, section]] of PAGES.entries()) {
      await site.open(hash);
      await page.screenshot({ path: join(dir, `${String(index + 1).padStart(2, '0')}-${name}.png`), fullPage: true });
      const wider = await site.horizontalOverflow();
      if (wider > 0) found.push(`${hash}: ${wider} px wider than the screen`);
      const title = await page.title();
      if (titles.has(title)) found.push(`${hash}: the same title as ${titles.get(title)}: “${title}”`);
      titles.set(title, hash);
      const current = await site.currentSection.count() === 1 ? await site.currentSection.getAttribute('href') : null;
      if (current !== section) found.push(`${hash}: the menu marks ${current}, not ${section}`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems.errors, [], 'no errors or panics in the page');
    await context.close();
  });
}
