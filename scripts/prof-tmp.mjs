import { serveDist, launch, phonePage, appReady } from '../tests/e2e/support.mjs';
const { resultLink, storedSessions } = await import('../tests/e2e/links.mjs');
const STATEMENTS = Array.from({ length: 16 });
const server = await serveDist();
const browser = await launch();
const { context, page } = await phonePage(browser, { viewport: { width: 1280, height: 800 } });
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const session = { code: 'K7M-2QX', team: 'MT Bench', name: 'nulmeting', created: '2026-11-29T09:00:00', minimum: 3, names_allowed: false, show_names: false, results: [] };
const chat = Array.from({ length: 12 }, (_, i) => {
  const answers = STATEMENTS.map((_, k) => ((i + 2 * k) % 6));
  return `[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: hier is de mijne ${resultLink(server.url, { code: session.code, id: 1000 + i, answers })}\n[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: 👍`;
}).join('\n');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
for (let round = 0; round < 4; round++) {
  await page.goto(server.url + '#/');
  await appReady(page);
  await page.evaluate((s) => localStorage.setItem('ontwikkelkaarten.teamsessies', s), storedSessions([session]));
  await page.goto(server.url + '#/teamsessie/K7M2QX');
  await appReady(page);
  await page.getByLabel('Plak hier de berichten met links').fill(chat);
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const before = await metrics();
  const t = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Links toevoegen').click();
    const sync = performance.now() - start;
    queueMicrotask(() => {});
    setTimeout(() => {
      const tasks = performance.now() - start;
      requestAnimationFrame(() => { const raf = performance.now() - start; setTimeout(() => resolve({ sync, tasks, raf, total: performance.now() - start, rows: document.querySelector('.team-table')?.querySelectorAll('tbody tr').length }), 0); });
    }, 0);
  }));
  const after = await metrics();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const d = (k) => ((after[k] - before[k]) * 1000).toFixed(1);
  console.log(JSON.stringify(t, (k, v) => typeof v === 'number' ? Math.round(v * 10) / 10 : v), 'script', d('ScriptDuration'), 'layout', d('LayoutDuration'), 'style', d('RecalcStyleDuration'), 'task', d('TaskDuration'));
}
await browser.close(); await server.close();
