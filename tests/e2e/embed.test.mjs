// Embedding, offline use, security and accessibility, end to end in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, serveHost, phonePage, appReady, frameReady, axeViolations, BASE_PATH, assertClean, finishScanByKeys, forgetFailedFetch } from './support.mjs';

const app = useApp({ cors: true });

test('URL options: start page, compact mode, accent colour and font', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url + '?start=scan&compact=1&accent=%23b4441c&font=Georgia%2C%20serif');
  await appReady(page);
  await page.waitForFunction(() => location.hash === '#/scan');
  assert.equal(await page.locator('.site-header').isVisible(), false, 'compact: no header');
  const style = await page.evaluate(() => {
    const app = document.querySelector('.ok-app');
    const s = getComputedStyle(app);
    return { accent: s.getPropertyValue('--accent').trim(), font: s.fontFamily, button: getComputedStyle(document.querySelector('.button')).backgroundColor };
  });
  assert.equal(style.accent, '#b4441c');
  assert.equal(style.font, 'Georgia, serif');
  assert.equal(style.button, 'rgb(180, 68, 28)');
  // Hostile values are ignored.
  await page.goto(app.server.url + '?accent=red;background:url(x)&start=%3Cscript%3E#/');
  await appReady(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.ok-app')).getPropertyValue('--accent').trim()), '#1d5c63');
  assertClean(problems);
  await context.close();
});

test('inside an iframe on another origin, and mounted into a host page element via embed.js', async () => {
  const host = await serveHost({
    '/iframe': `<!DOCTYPE html><html lang="nl"><link rel="icon" href="data:,"><title>Host</title><h1>Adviesbureau</h1>
      <iframe title="Ontwikkelkaarten" src="${app.server.url}#/kaart/partners" style="width:100%;height:700px"></iframe>`,
    '/element': `<!DOCTYPE html><html lang="nl"><head><link rel="icon" href="data:,"><title>Host</title></head><body><h1>Adviesbureau</h1>
      <div id="hier" data-ontwikkelkaarten data-start="planner" data-accent="#336699"></div>
      <p id="na">Tekst van de host</p>
      <script type="module" src="${app.server.url}embed.js"></script></body></html>`,
  });
  const { context, page, problems } = await phonePage(app.browser, { allowed: [host.url] });
  try {
  await page.goto(host.url + '/iframe');
  const frame = await frameReady(page);
  assert.equal(await frame.locator('h1').textContent(), 'Samenwerken met partners om van te leren');
  await frame.locator('[id="suggestie-partners.01"] .status-oppakken').click();
  assert.equal(await frame.locator('[id="suggestie-partners.01"] .status-oppakken').getAttribute('aria-pressed'), 'true');

  await page.goto(host.url + '/element');
  await appReady(page);
  assert.equal(await page.locator('#hier footer.site-footer').count(), 1, 'mounted into the element');
  await page.waitForFunction(() => location.hash === '#/plannen');
  assert.equal(await page.locator('#hier h1').textContent(), 'Reisplanner');
  assert.equal(await page.locator('#na').textContent(), 'Tekst van de host', 'the host page stays');
  assert.equal(await page.locator('body > h1').textContent(), 'Adviesbureau');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).margin), '8px', 'our CSS does not restyle the host');
  assertClean(problems);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a sandboxed iframe without storage: works in memory, says so and offers an export', async () => {
  const host = await serveHost({
    '/sandbox': `<!DOCTYPE html><html lang="nl"><link rel="icon" href="data:,"><title>Host</title>
      <iframe title="Ontwikkelkaarten" sandbox="allow-scripts allow-downloads" src="${app.server.url}#/kaart/teamleren" style="width:100%;height:700px"></iframe>`,
  });
  const { context, page } = await phonePage(app.browser, { allowed: [host.url] });
  try {
  await page.goto(host.url + '/sandbox');
  const frame = await frameReady(page);
  assert.match(await frame.locator('.notice-warning').textContent(), /blijven niet bewaard/);
  assert.equal(await frame.getByRole('button', { name: 'Alles exporteren' }).count(), 1);
  await frame.locator('[id="suggestie-teamleren.01"] .status-oppakken').click();
  assert.equal(await frame.locator('[id="suggestie-teamleren.01"] .status-oppakken').getAttribute('aria-pressed'), 'true');
  } finally {
    await context.close();
    await host.close();
  }
});

test('after one visit the app opens and works offline', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  await page.goto(app.server.url);
  await appReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  const manifest = await page.evaluate(() => fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json()));
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));

  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.dimension').count(), 8);
  await page.locator('.dimension-link').nth(3).tap();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Feedbackprocessen stimuleren');
  // Pages never opened online load offline too: the worker cached their chunks.
  for (const [hash, title] of [['#/scan', /Zelfscan/], ['#/plannen', /Reisplanner/], ['#/bestanden', /Bestanden/]]) {
    await page.goto(app.server.url + hash);
    await appReady(page);
    assert.match(await page.locator('main h1').first().textContent(), title);
  }
  await context.setOffline(false);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the first page loads no page chunk; other pages fetch theirs once, and a failed fetch can be retried', async () => {
  const { context, page, problems } = await phonePage(app.browser, { serviceWorkers: 'block' });
  const chunks = [];
  page.on('request', (req) => {
    const name = req.url().split('/').pop();
    if (/-(split|chunk)_\w+\.wasm$/.test(name)) chunks.push(name.replace(/^ontwikkelkaarten-[0-9a-f]+-/, ''));
  });
  await page.goto(app.server.url);
  await appReady(page);
  assert.equal(await page.locator('.dimension').count(), 8);
  assert.deepEqual(chunks, [], 'home needs no chunk');

  await page.locator('.dimension-link').first().click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Een gedeelde visie en ambitie realiseren');
  assert.ok(chunks.includes('split_cards.wasm'), `the card page fetched its chunk: ${chunks}`);
  const afterCards = chunks.length;
  await page.goto(app.server.url + '#/zoeken?q=visie');
  await appReady(page);
  assert.equal(chunks.length, afterCards, 'search is in the same chunk: nothing new fetched');

  // The planner's chunk cannot be fetched: a Dutch message, and a retry that works.
  await page.route(/split_plan\.wasm$/, (route) => route.abort());
  await page.goto(app.server.url + '#/plannen');
  await page.waitForSelector('text=Dit deel kon niet worden geladen');
  await page.unroute(/split_plan\.wasm$/);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Reisplanner');
  forgetFailedFetch(problems, 'split_plan.wasm');

  // Stored data is read by code of its own, fetched only once there is something stored.
  assert.ok(!chunks.includes('split_state.wasm'), `nothing stored yet, so no reading code: ${chunks}`);
  await page.goto(app.server.url + '#/kaart/partners');
  await appReady(page);
  const mark = page.locator('[id="suggestie-partners.02"] .status-gerealiseerd');
  await mark.tap();
  await page.reload();
  await appReady(page);
  assert.ok(chunks.includes('split_state.wasm'), `the stored data was read with its chunk: ${chunks}`);
  assert.equal(await mark.getAttribute('aria-pressed'), 'true');
  assertClean(problems);
  await context.close();
});

test('a deep link whose part cannot be fetched replaces the static page with the message', async () => {
  const { context, page, problems } = await phonePage(app.browser, { serviceWorkers: 'block' });
  await page.route(/split_scan\.wasm$/, (route) => route.abort());
  await page.goto(app.server.url + '#/scan');
  await page.waitForSelector('main h1:text("Dit deel kon niet worden geladen")');
  assert.equal(await page.locator('.shell-loading, [data-ok-staging]').count(), 0, 'the static page is gone');
  assert.equal(await page.locator('main').count(), 1);
  await page.unroute(/split_scan\.wasm$/);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.waitForFunction(() => /Zelfscan/.test(document.querySelector('main h1')?.textContent));
  forgetFailedFetch(problems, 'split_scan.wasm');
  assertClean(problems);
  await context.close();
});

test('stored data whose reading code cannot be fetched stays untouched, and the app says so', async () => {
  const { context, page, problems } = await phonePage(app.browser, { serviceWorkers: 'block' });
  await page.goto(app.server.url + '#/kaart/partners');
  await appReady(page);
  await page.locator('[id="suggestie-partners.02"] .status-gerealiseerd').tap();
  const before = await page.evaluate(() => localStorage.getItem('ontwikkelkaarten'));
  assert.match(before, /partners\.02/);

  await page.route(/split_state\.wasm$/, (route) => route.abort());
  await page.reload();
  await appReady(page);
  assert.match(await page.locator('.notice-error').textContent(), /konden niet worden geladen.*veilig/);
  const other = page.locator('[id="suggestie-partners.03"] .status-oppakken');
  await other.tap();
  assert.equal(await other.getAttribute('aria-pressed'), 'true', 'the page still works in memory');
  assert.equal(await page.evaluate(() => localStorage.getItem('ontwikkelkaarten')), before, 'nothing overwritten');

  await page.unroute(/split_state\.wasm$/);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.notice-error').count(), 0);
  assert.equal(await page.locator('[id="suggestie-partners.02"] .status-gerealiseerd').getAttribute('aria-pressed'), 'true');
  forgetFailedFetch(problems, 'split_state.wasm');
  assertClean(problems);
  await context.close();
});

test('a Content-Security-Policy allows only the app itself, and no page requests another origin', async () => {
  const { context, page, problems } = await phonePage(app.browser);
  const response = await page.goto(app.server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(response.ok());
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  for (const hash of ['#/', '#/kaart/gedeelde-visie', '#/werken-met-de-kaarten', '#/zoeken?q=visie', '#/scan', '#/scans', '#/plannen', '#/bestanden', '#/team', '#/bestaat-niet']) {
    await page.goto(app.server.url + hash);
    await appReady(page);
  }
  assert.deepEqual(problems.errors, [], 'no CSP violation or error on any page');
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('axe-core finds no accessibility violations on the pages that matter', async () => {
  // Injecting axe is an inline script, which our own CSP rightly refuses: bypass it here.
  const { context, page } = await phonePage(app.browser, { bypassCSP: true });
  const seen = {};
  const check = async (name) => {
    seen[name] = await axeViolations(page);
  };
  await page.goto(app.server.url + '#/');
  await appReady(page);
  await check('home');
  await page.goto(app.server.url + '#/kaart/feedbackprocessen');
  await appReady(page);
  await page.locator('[id="suggestie-feedbackprocessen.01"] .status-oppakken').tap();
  await check('card');
  await page.goto(app.server.url + '#/zoeken?q=feedback');
  await appReady(page);
  await check('search');
  await page.goto(app.server.url + '#/scan');
  await appReady(page);
  await check('scan start');
  await page.getByRole('button', { name: 'Start de scan' }).tap();
  await page.waitForSelector('.statement');
  await check('scan question');
  await finishScanByKeys(page, (i) => String((i % 5) + 1));
  await check('result');
  await page.goto(app.server.url + '#/scan');
  await appReady(page);
  await page.getByRole('button', { name: 'Start de scan' }).tap();
  await finishScanByKeys(page, () => '3');
  await page.goto(app.server.url + '#/scans');
  await appReady(page);
  await check('history');
  await page.getByRole('button', { name: 'Vergelijken' }).tap();
  await page.waitForSelector('.compare');
  await check('compare');
  await page.goto(app.server.url + '#/plannen');
  await appReady(page);
  await check('planner new');
  await page.getByRole('button', { name: 'Plan maken' }).tap();
  await page.waitForSelector('article.plan');
  await check('plan');
  await page.locator('.session-row h3 a').first().tap();
  await page.waitForSelector('article.session');
  await check('session');
  await page.goto(app.server.url + '#/team');
  await appReady(page);
  await page.getByRole('button', { name: 'Mijn laatste scan toevoegen' }).tap();
  await page.waitForSelector('.team-table');
  await check('team view');
  await page.goto(app.server.url + '#/bestanden');
  await appReady(page);
  await page.locator('#bestand-inlezen').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await page.waitForSelector('.file-error');
  await check('import with an error');
  const failures = Object.entries(seen).filter(([, v]) => v.length);
  assert.deepEqual(failures, []);
  assert.equal(Object.keys(seen).length, 13);
  await context.close();
});
