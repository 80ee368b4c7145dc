// Phone first: the static page works before the app arrives and the app takes over what
// was done in it; a compact header with a menu; the scan as a focused screen; an honest
// answer scale; embeds that fit their page; asking the browser to keep the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, phonePage, appReady, assertClean, holdApp, serveHost, DIST, LANGUAGES } from './support.mjs';
import { pages, scaleFor, dontKnowFor } from './pages/index.mjs';

const app = useApp();

/** A phone page with the page objects of edition `lang` (the browser speaks that language). */
async function phone({ lang = 'nl', ...options } = {}) {
  const session = await phonePage(app.browser, { locale: lang === 'en' ? 'en-GB' : 'nl-NL', ...options });
  return { ...session, ...pages(session.page, { url: app.server.url, lang }) };
}

for (const lang of LANGUAGES) {
  test(`[${lang}] before the app arrives a first visitor starts the scan and answers; the app takes over every answer`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, problems, app: site, scanStart, scan } = await phone({ lang, serviceWorkers: 'block' });
    const release = await holdApp(page);
    await page.goto(site.pageUrl());
    await site.follow(t('Doe de zelfscan', 'Take the self-scan'));
    await scanStart.start({ label: 'Op de trein' });
    await scan.answer(4);
    await scan.answer(dontKnowFor(lang));
    await scan.answer(2);
    assert.equal(await scan.position(), 4);
    assert.equal(await site.staticScan.isVisible(), true, 'still the static page: the app has not arrived');
    assert.equal(await site.header.isVisible(), false, 'the questions are a focused screen there too');
    release();
    await appReady(page);
    assert.equal(await site.staticScan.count(), 0, 'the app has taken over');
    assert.equal(await scan.position(), 4, 'at the same statement');
    await scan.previous();
    assert.equal(await scan.chosenAnswers.count(), 1);
    assert.match(await scan.chosenAnswers.textContent(), new RegExp(scaleFor(lang)[1]), 'statement 3 kept its answer');
    await scan.previous();
    assert.equal(await scan.chosenAnswers.count(), 1);
    assert.match(await scan.chosenAnswers.textContent(), t(/Weet ik niet/, /Don't know/));
    // Kept on the device like any draft: after a reload the scan offers to go on.
    await page.goto(site.pageUrl('#/scan'));
    await page.reload();
    await appReady(page);
    assert.match(await scanStart.main.textContent(), t(/“Op de trein” en hebt 3 van de 16 stellingen beantwoord/, /“Op de trein” and have answered 3 of the 16 statements/));
    assertClean(problems);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] the planner's form can be filled in and sent before the app arrives; the app makes that plan`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, problems, app: site, plans, plan } = await phone({ lang, serviceWorkers: 'block' });
    const release = await holdApp(page);
    await page.goto(site.pageUrl('?start=planner'));
    assert.equal(await site.staticPlanner.isVisible(), true);
    await plans.main.getByLabel(t('Begin met', 'Start from')).selectOption({ label: t('Een leeg plan', 'An empty plan') });
    await plans.nameField.fill('MT Zuid');
    await plans.weeksField.fill('6');
    await plans.setTeam(['Anna', 'Bram']);
    await plans.press(plans.main.getByRole('button', { name: t('Plan maken', 'Create plan') }));
    assert.equal(await plans.main.getByRole('button', { name: t('Plan wordt gemaakt…', 'Creating the plan…') }).isDisabled(), true);
    release();
    await plan.ready();
    assert.equal(await plan.heading.textContent(), 'MT Zuid');
    assert.match(await plan.main.textContent(), t(/· 6 weken/, /· 6 weeks/));
    assert.equal(await plan.main.getByLabel(t('Deelnemers (één per regel)', 'Participants (one per line)')).inputValue(), 'Anna\nBram', 'the team typed before the app');
    assert.doesNotMatch(await plan.main.textContent(), t(/Het team telt/, /The team has/), 'an empty plan names no team size (the 6–12 is the MT journey\'s)');
    assertClean(problems);
    await context.close();
  });
}

for (const lang of LANGUAGES) {
  test(`[${lang}] a phone header of one row with a menu that marks where you are; inline on a wide screen`, async () => {
    const t = (nl, en) => (lang === 'en' ? en : nl);
    const { context, page, problems, app: site, team } = await phone({ lang });
    for (const hash of ['#/', '#/kaart/partners', '#/scan', '#/plannen', '#/bestanden', '#/team', '#/teamsessie', '#/zoeken', '#/werken-met-de-kaarten']) {
      await site.open(hash);
      const box = await site.header.boundingBox();
      assert.ok(box.height <= 64, `${hash}: header ${box.height} px`);
    }
    assert.equal(await site.menu.isVisible(), false, 'the sections are behind the menu');
    await site.press(site.menuButton);
    assert.equal(await site.menuButton.getAttribute('aria-expanded'), 'true');
    assert.equal(await site.currentSection.textContent(), t('Werken met de kaarten', 'Working with the cards'));
    await site.press(site.menu.getByRole('link', { name: t('Teamsessie', 'Team session') }));
    await team.waitForHeading(t('Teamsessie', 'Team session'));
    assert.equal(await site.menu.isVisible(), false, 'a chosen link closes the menu');
    assert.equal(await site.menuButton.getAttribute('aria-expanded'), 'false');
    assert.equal(await site.currentSection.textContent(), t('Teamsessie', 'Team session'));
    // Escape closes it and gives the focus back to the button.
    await site.menuButton.focus();
    await page.keyboard.press('Enter');
    assert.equal(await site.menu.isVisible(), true);
    await page.keyboard.press('Escape');
    assert.equal(await site.menu.isVisible(), false);
    await site.waitForFocus(site.menuButton);

    // Inline from 1168 px, with the switch to the other language and the current section in
    // bold, on one row (the widest, English with "Working with the cards" in bold, fits from
    // 1150 px).
    await page.setViewportSize({ width: 1168, height: 800 });
    assert.equal(await site.menuButton.isVisible(), false);
    assert.equal(await site.menu.getByRole('link', { name: t('Zelfscan', 'Self-scan') }).isVisible(), true);
    assert.equal(await site.menu.getByRole('link', { name: t('English', 'Nederlands') }).isVisible(), true);
    const box = await site.header.boundingBox();
    assert.ok(box.height <= 64, `the wide header is one row: ${box.height} px`);
    assertClean(problems);
    await context.close();
  });
}

test('the scan is a focused screen: statement near the top, every answer visible, a way out that keeps the draft', async () => {
  const { context, problems, app: site, scanStart, scan } = await phone();
  await scanStart.open();
  await scanStart.start();
  assert.equal(await site.header.isVisible(), false, 'no site navigation while answering');
  const statement = await scan.main.getByRole('heading', { level: 1 }).boundingBox();
  assert.ok(statement.y <= 140, `the statement starts at ${statement.y} px`);
  for (const button of await scan.answers.all()) {
    const box = await button.boundingBox();
    assert.ok(box.y + box.height <= 844, `${await button.textContent()} ends at ${box.y + box.height} px`);
  }
  await scan.answer(3);
  await site.follow(/^Pauzeren/);
  await scanStart.waitForHeading('Zelfscan: hoe lerend is jullie organisatie?');
  assert.equal(await site.header.isVisible(), true);
  assert.match(await scanStart.main.textContent(), /hebt 1 van de 16 stellingen beantwoord/);
  assertClean(problems);
  await context.close();
});

test('an honest scale: the answer tapped on one statement looks like the others on the next', async () => {
  const { context, problems, scanStart, scan } = await phone();
  await scanStart.open();
  await scanStart.start();
  const border = (answer) => scan.answerButton(answer).evaluate((b) => getComputedStyle(b).borderColor);
  await scan.answer('Klopt grotendeels');
  assert.equal(await border('Klopt grotendeels'), await border('Klopt deels'), 'no sticky hover or focus on the same spot');
  assert.equal(await scan.chosenAnswers.count(), 0);
  assert.equal(await scan.main.getByRole('button', { name: 'Overslaan →' }).isVisible(), true, 'not answered yet');
  await scan.previous();
  assert.equal(await scan.main.getByRole('button', { name: 'Volgende →' }).isVisible(), true, 'answered already');
  assertClean(problems);
  await context.close();
});

test('in a frame on another site the app tells the host its height, and the host\'s few lines use it', async () => {
  // The host's lines as shipped in dist/embed-example.html.
  const example = await readFile(join(DIST, 'embed-example.html'), 'utf8');
  const script = example.match(/<script>[\s\S]*?<\/script>/)[0];
  const host = await serveHost({
    '/': `<!DOCTYPE html><html lang="nl"><head><link rel="icon" href="data:,"></head><body><h1>Host</h1><iframe src="${app.server.url}?start=scan" title="Ontwikkelkaarten: zelfscan" style="width:100%;height:300px;border:0"></iframe>${script}</body></html>`,
  });
  const { context, page, problems } = await phonePage(app.browser, { allowed: [new URL(host.url).origin] });
  await page.goto(host.url + '/');
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await appReady(frame);
  await page.waitForFunction(() => {
    const iframe = document.querySelector('iframe');
    const inner = iframe.contentDocument?.getElementById('app');
    return !inner || Math.abs(iframe.getBoundingClientRect().height - inner.getBoundingClientRect().height) < 2;
  });
  const [outer, inner] = await Promise.all([
    page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height),
    frame.locator('#app').evaluate((a) => a.getBoundingClientRect().height),
  ]);
  assert.ok(outer > 300 && Math.abs(outer - inner) < 2, `frame ${outer} px for an app of ${inner} px`);
  assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), true, 'no scrollbar inside the frame');
  assertClean(problems);
  await context.close();
  await host.close();
});

const STORAGE_STUB = () => {
  window.__asked = 0;
  Object.defineProperty(navigator, 'storage', {
    value: { persisted: async () => false, persist: async () => { window.__asked += 1; return true; } },
  });
};

test('once there is something worth keeping the app asks the browser to keep it, and Bestanden says what it answered', async () => {
  const { context, page, problems, card, files } = await phone({ initScript: STORAGE_STUB });
  await card.open('partners');
  assert.equal(await page.evaluate(() => window.__asked), 0, 'nothing worth keeping yet');
  await card.suggestion(1).mark('Al gerealiseerd');
  await page.waitForFunction(() => window.__asked === 1);
  await files.open();
  assert.match(await files.main.textContent(), /Deze browser heeft beloofd je gegevens te bewaren/);
  assertClean(problems);
  await context.close();
});

test('on an iPhone the files page says plainly that Safari erases data after a week without a visit', async () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
  const { context, problems, files } = await phone({ userAgent: iphone });
  await files.open();
  assert.match(await files.main.textContent(), /wissen wat een website bewaart na 7 dagen zonder bezoek, tenzij de app op je beginscherm staat/);
  assertClean(problems);
  await context.close();
});
