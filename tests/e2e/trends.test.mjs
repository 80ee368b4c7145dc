// After a team session: trends over time (every session of a team, and one's own scans),
// the comparison of two sessions of one team, and a session printed on A4. The figures
// are calculated here from the seeded answers, the way the app is meant to.
// Screenshots and PDFs go to tests/e2e/artifacts/trends/ (git-ignored).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { useApp, phonePage, assertClean, axeViolations, ROOT, LANGUAGES } from './support.mjs';
import { AppPage, STORAGE_KEY } from './pages/app.mjs';
import { TrendsPage, TeamSessionPage, SESSIONS_KEY } from './pages/trends.mjs';

const app = useApp();
const OUT = `${ROOT}tests/e2e/artifacts/trends`;
const WIDE = { width: 1280, height: 800 };

before(async () => {
  await mkdir(OUT, { recursive: true });
});

const DIMENSIONS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid'];

/** Answers where statement 1 and 2 of dimension d are `score(d)`: [u1, u2]. */
function answers(score) {
  return Object.fromEntries(DIMENSIONS.flatMap((dim, d) => {
    const [u1, u2] = score(d);
    return [[`${dim}.u1`, u1], [`${dim}.u2`, u2]];
  }));
}

/** A member's varied answers: member `m` of a session with offset `shift`. */
const member = (m, shift) => (d) => [1 + ((d + m + shift) % 5), 1 + ((2 * d + 3 * m + shift) % 5)];

// The app's rounding, in integers: a mean in tenths rounded half up.
const meanTenths = (sum, count) => Math.floor((sum * 20 + count) / (2 * count));
const divRound = (sum, n) => Math.floor((2 * sum + n) / (2 * n));
/** The team mean of dimension d over members' [u1, u2] (their own means first). */
const teamMean = (scores, d) => divRound(scores.reduce((s, f) => s + meanTenths(f(d)[0] + f(d)[1], 2), 0), scores.length);
/** A figure in tenths as shown, with the decimal `point` of the page's language. */
const shown = (tenths, point = ',') => `${Math.floor(tenths / 10)}${point}${tenths % 10}`;
const diff = (t) => (t > 0 ? '+' : t < 0 ? '\u2212' : '') + shown(Math.abs(t));

function session(code, team, name, created, minimum, members, extra = {}) {
  return {
    code, team, name, created, minimum,
    names_allowed: false, show_names: false,
    results: members.map((f, i) => ({ id: i + 1, day: created.slice(0, 10), answers: answers(f) })),
    ...extra,
  };
}

const ZUID_1 = [0, 1, 2].map((m) => member(m, 0));
const ZUID_2 = [0, 1].map((m) => member(m, 2));
const ZUID_3 = [0, 1, 2, 3].map((m) => member(m, 1));
const NOTES = {
  'gedeelde-visie': 'Visie op één A4 <b>niet vet</b>',
  partners: 'Ouders vaker aan tafel',
};
const SESSIONS = [
  session('K7M-2QX', 'MT Zuid', 'nulmeting', '2026-11-02T09:30:00', 3, ZUID_1, { notes: { teamleren: 'Leren van elkaar' } }),
  session('K7M-2QY', 'MT Zuid', 'tussenmeting', '2027-01-15T09:30:00', 3, ZUID_2),
  session('K7M-2QZ', 'MT Zuid', 'na een half jaar', '2027-05-10T09:30:00', 3, ZUID_3, { notes: NOTES, plan: 'plan-zuid' }),
  session('N0R-D11', 'MT Noord', 'start', '2027-02-01T10:00:00', 2, [member(0, 3), member(1, 3)]),
];

// Own scans: three finished personal ones, and a team result that is not one's own.
const OWN = [
  { id: 'eigen-2', label: 'Na de zomer', when: '2027-09-01T10:00:00', score: (d) => [3, 1 + (d % 5)] },
  { id: 'eigen-1', label: 'Nulmeting', when: '2026-10-01T10:00:00', score: (d) => [2, 2 + (d % 2)] },
  { id: 'eigen-3', label: 'Een jaar later', when: '2027-11-01T10:00:00', score: (d) => [4, 5 - (d % 3)] },
];
const STATE = {
  format: 'ontwikkelkaarten',
  version: 1,
  scans: [
    ...OWN.map((s) => ({ id: s.id, label: s.label, respondent: '', role: '', organisation: '', started: s.when, finished: s.when, answers: answers(s.score) })),
    {
      id: 'team-1', label: 'Teambeeld', respondent: '', role: 'team', organisation: '', started: '2027-03-01T10:00:00', finished: '2027-03-01T10:00:00', answers: {},
      team: { members: 3, dimensions: { teamleren: { n: 3, mean: 40, median: 40, min: 30, max: 50 } } },
    },
  ],
  plans: [{
    id: 'plan-zuid', name: 'MT Zuid 2027', template: 'leeg', team: [], start: '2027-05-01', weeks: 20,
    actions: [
      { id: 'a-1', text: 'Visie samen op één A4 zetten', owner: 'Sanne', due: '2027-06-30', status: 'bezig', suggestion: 'gedeelde-visie.01', created: '2027-05-10' },
      { id: 'a-2', text: 'Ouderpanel twee keer per jaar', status: 'open', suggestion: 'partners.02', created: '2027-05-12' },
      { id: 'a-3', text: 'Een actie van vóór de sessie', status: 'klaar', suggestion: 'partners.03', created: '2027-04-01' },
      { id: 'a-4', text: 'Een actie bij een dimensie zonder notitie', status: 'open', suggestion: 'teamleren.01', created: '2027-05-10' },
    ],
  }],
};

/** A page of `size` whose storage holds the sessions and the own scans; with `lang` 'en'
 * an English one (the browser's language, and en.html). */
async function seeded(size, { lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { viewport: size, locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  const options2 = { url: app.server.url, pointer: size.width > 600 ? 'click' : 'tap', lang };
  const site = new AppPage(session.page, options2);
  await site.open('#/');
  await session.page.evaluate(([k1, t1, k2, t2]) => {
    localStorage.setItem(k1, t1);
    localStorage.setItem(k2, t2);
  }, [STORAGE_KEY, JSON.stringify(STATE), SESSIONS_KEY, JSON.stringify({ format: 'ontwikkelkaarten', version: 1, teamsessies: SESSIONS })]);
  await site.reload();
  return { ...session, site, trends: new TrendsPage(session.page, options2), teamSession: new TeamSessionPage(session.page, options2) };
}

for (const lang of LANGUAGES) {
  test(`[${lang}] the trend of a team: every session over time, with figures that match the answers, and none below the minimum`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const score = (tenths) => shown(tenths, t(',', '.'));
    const { context, page, problems, trends, site } = await seeded({ width: 390, height: 844 }, { lang });
    await trends.open();
    const team = trends.team;
    // The sessions' names are as the facilitator typed them; dates and words are the page's.
    assert.deepEqual(await team.columns(), t([
      '1. nulmeting 02-11-2026',
      '2. tussenmeting 15-01-2027 nog 1 nodig',
      '3. na een half jaar 10-05-2027',
    ], [
      '1. nulmeting 2 Nov 2026',
      '2. tussenmeting 15 Jan 2027 1 more needed',
      '3. na een half jaar 10 May 2027',
    ]));
    for (let d = 0; d < 8; d++) {
      const row = await team.row(d + 1);
      assert.deepEqual(row, [score(teamMean(ZUID_1, d)), t('– geen cijfer', '– no figure'), score(teamMean(ZUID_3, d))], `dimension ${d + 1}`);
      // The session below its minimum: no point in the chart, and its name says so.
      assert.equal(await team.dots(d + 1).count(), 2);
      const spoken = await team.chart(d + 1).getAttribute('aria-label');
      assert.match(spoken, t(/2\. tussenmeting geen cijfer \(nog 1 nodig\)/, /2\. tussenmeting no figure \(1 more needed\)/));
      assert.ok(spoken.includes(`1. nulmeting ${score(teamMean(ZUID_1, d))}`), spoken);
    }
    // The answers of the two members below the minimum would have given these figures:
    // the table holds none of them in their column.
    assert.ok(DIMENSIONS.some((_, d) => teamMean(ZUID_2, d) !== teamMean(ZUID_1, d)), 'the check could fail');

    await trends.chooseTeam('MT Noord');
    assert.deepEqual(await trends.team.columns(), [t('1. start 01-02-2027', '1. start 1 Feb 2027')]);
    assert.equal(await trends.team.dots(1).count(), 1);
    assert.equal(await site.horizontalOverflow(), 0);
    await trends.chooseTeam('MT Zuid');
    await page.screenshot({ path: `${OUT}/trends-390${t('', '-en')}.png`, fullPage: true });
    assertClean(problems);
    await context.close();
  });
}

test('one\'s own finished scans over time, in the chart and the table; team results are not among them', async () => {
  const { context, page, problems, trends, site } = await seeded({ width: 360, height: 740 });
  await trends.open();
  const own = trends.own;
  assert.deepEqual(await own.columns(), ['1. Nulmeting 01-10-2026', '2. Na de zomer 01-09-2027', '3. Een jaar later 01-11-2027']);
  const sorted = [OWN[1], OWN[0], OWN[2]];
  for (let d = 0; d < 8; d++) {
    const expected = sorted.map((s) => shown(meanTenths(s.score(d)[0] + s.score(d)[1], 2)));
    assert.deepEqual(await own.row(d + 1), expected, `dimension ${d + 1}`);
    assert.equal(await own.dots(d + 1).count(), 3);
    assert.ok((await own.chart(d + 1).getAttribute('aria-label')).endsWith(`3. Een jaar later ${expected[2]}.`));
  }
  assert.equal(await own.moments.count(), 3);
  assert.equal(await site.horizontalOverflow(), 0, 'nothing wider than a 360 px phone');
  assert.deepEqual(await site.smallTouchTargets(), []);
  assertClean(problems);
  await context.close();
});

test('without sessions or scans the trends page says what to do, in friendly Dutch', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  const trends = new TrendsPage(page, { url: app.server.url });
  await trends.open();
  assert.equal(await trends.team.link('Start een teamsessie').getAttribute('href'), '#/teamsessie');
  assert.equal(await trends.own.link('Doe de scan').getAttribute('href'), '#/scan');
  assert.equal(await trends.team.table.count(), 0);
  await page.screenshot({ path: `${OUT}/trends-leeg-390.png`, fullPage: true });
  assertClean(problems);
  await context.close();
});

test('axe finds no accessibility violations on the trends page, on a phone and a wide screen', async () => {
  // Injecting axe is an inline script, which our own CSP rightly refuses: bypass it here.
  for (const size of [{ width: 390, height: 844 }, WIDE]) {
    const { context, trends } = await seeded(size, { bypassCSP: true });
    await trends.open();
    assert.deepEqual(await axeViolations(trends.page), [], `at ${size.width} px`);
    if (size.width > 600) await trends.page.screenshot({ path: `${OUT}/trends-1280.png`, fullPage: true });
    await context.close();
  }
});

test('a session compared with another session of its team shows the changes per dimension', async () => {
  const { context, page, problems, teamSession, site } = await seeded({ width: 390, height: 844 });
  await teamSession.open('K7M2QZ');
  // The session below its minimum is not offered; the latest earlier one is chosen first.
  assert.deepEqual(await teamSession.compareChoice.locator('option').allTextContents(), ['nulmeting (02-11-2026)']);
  for (let d = 0; d < 8; d++) {
    const [before, after] = [teamMean(ZUID_1, d), teamMean(ZUID_3, d)];
    const word = after > before ? 'hoger' : after < before ? 'lager' : 'gelijk';
    assert.deepEqual(await teamSession.change(d + 1), [shown(before), shown(after), `${diff(after - before)} ${word}`], `dimension ${d + 1}`);
  }
  await teamSession.changes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/vergelijken-390.png` });
  assert.equal(await site.horizontalOverflow(), 0);

  // From the earlier session the later one is offered, and the changes read the same way.
  await teamSession.open('K7M2QX');
  assert.deepEqual(await teamSession.compareChoice.locator('option').allTextContents(), ['na een half jaar (10-05-2027)']);
  const [before, after] = [teamMean(ZUID_1, 0), teamMean(ZUID_3, 0)];
  assert.equal((await teamSession.change(1))[2].split(' ')[0], diff(after - before));

  // A session below its minimum compares with nothing.
  await teamSession.open('K7M2QY');
  assert.equal(await teamSession.compareChoice.count(), 0);
  assertClean(problems);
  await context.close();
});

test('a session prints on A4: title, radar, table, notes and actions; no figure below the minimum', async () => {
  const { context, page, problems, teamSession } = await seeded({ width: 1280, height: 800 });
  await teamSession.open('K7M2QZ');
  assert.equal(await teamSession.printButton.isVisible(), true);
  assert.equal(await page.getByText('Ouders vaker aan tafel').isVisible(), false, 'the print block is for paper only');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await teamSession.printButton.isVisible(), false, 'no button on paper');
  assert.equal(await teamSession.teamTable.count(), 1, 'one table on paper');
  assert.equal(await teamSession.radar.count(), 1, 'one radar on paper');
  assert.equal(await teamSession.changes.count(), 0, 'no comparison on paper');
  const first = await teamSession.teamTable.getByRole('row').nth(1).getByRole('cell').first().innerText();
  assert.equal(first, shown(teamMean(ZUID_3, 0)));
  const text = await teamSession.text();
  assert.match(text, /MT Zuid — na een half jaar/);
  assert.match(text, /Gestart op 10-05-2027 · 4 uitkomsten binnen/);
  assert.ok(text.includes('Visie op één A4 <b>niet vet</b>'), 'a note prints as typed, never as HTML');
  assert.match(text, /Ouders vaker aan tafel/);
  assert.match(text, /Visie samen op één A4 zetten — Bezig · Sanne · klaar op wo 30 jun 2027/);
  assert.match(text, /Ouderpanel twee keer per jaar — Open/);
  assert.doesNotMatch(text, /vóór de sessie/, 'an action made before the session is not one of its actions');
  assert.doesNotMatch(text, /zonder notitie/);
  assert.doesNotMatch(text, /Uitnodigen|Uitkomsten verzamelen|Vergelijken met/, 'only the print block prints');
  await page.screenshot({ path: `${OUT}/afdruk-scherm.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await writeFile(`${OUT}/sessie.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);

  // Below the minimum: no radar, no table, no figure at all on paper.
  await page.emulateMedia({ media: 'screen' });
  await teamSession.open('K7M2QY');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await teamSession.teamTable.count(), 0);
  assert.equal(await teamSession.radar.count(), 0);
  const below = await teamSession.text();
  assert.match(below, /Nog 1 uitkomst nodig/);
  assert.doesNotMatch(below, /\d,\d/, 'no figure below the minimum');
  const pdf2 = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await writeFile(`${OUT}/sessie-onder-minimum.pdf`, pdf2);
  await page.emulateMedia({ media: 'screen' });
  assertClean(problems);
  await context.close();
});
