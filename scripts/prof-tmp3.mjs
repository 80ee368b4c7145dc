import { serveDist, launch, phonePage, appReady } from '../tests/e2e/support.mjs';
const { resultLink, storedSessions } = await import('../tests/e2e/links.mjs');
const STATEMENTS = Array.from({ length: 16 });
const server = await serveDist();
const browser = await launch();
const { context, page } = await phonePage(browser, { viewport: { width: 1280, height: 800 } });
const cdp = await context.newCDPSession(page);
const session = { code: 'K7M-2QX', team: 'MT Bench', name: 'nulmeting', created: '2026-11-29T09:00:00', minimum: 3, names_allowed: false, show_names: false, results: [] };
const chat = Array.from({ length: 12 }, (_, i) => {
  const answers = STATEMENTS.map((_, k) => ((i + 2 * k) % 6));
  return `[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: hier is de mijne ${resultLink(server.url, { code: session.code, id: 1000 + i, answers })}\n[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: 👍`;
}).join('\n');
for (let round = 0; round < 3; round++) {
  await page.goto(server.url + '#/');
  await appReady(page);
  await page.evaluate((s) => localStorage.setItem('ontwikkelkaarten.teamsessies', s), storedSessions([session]));
  await page.goto(server.url + '#/teamsessie/K7M2QX');
  await appReady(page);
  await page.getByLabel('Plak hier de berichten met links').fill(chat);
  await page.waitForTimeout(300);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  const t = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Links toevoegen').click();
    const done = () => document.querySelector('.team-table')?.querySelectorAll('tbody tr').length === 8;
    const poll = () => (done() ? resolve(performance.now() - start) : requestAnimationFrame(poll));
    poll();
  }));
  await page.waitForTimeout(200);
  const buf = await browser.stopTracing();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const events = JSON.parse(buf.toString()).traceEvents;
  const main = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'click')[0];
  const t0 = main?.ts ?? 0;
  const pick = ['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'v8.callFunction', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'RunTask', 'TimerFire', 'FireAnimationFrame', 'ParseHTML', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'Commit', 'CompositeLayers', 'UpdateLayer'];
  const tid = main?.tid;
  const sum = new Map();
  for (const e of events) { if (e.ph !== 'X' || e.tid !== tid || e.ts < t0 || e.ts > t0 + 2e6) continue; if (!pick.includes(e.name)) continue; sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000); }
  console.log('measured', t.toFixed(0), 'ms;', [...sum].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
  const runTasks = events.filter((e) => e.ph === 'X' && e.tid === tid && e.name === 'RunTask' && e.ts >= t0 - 50000 && e.ts < t0 + 1e6 && e.dur > 2000).map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(0)}`);
  console.log(' long tasks (start+dur ms):', runTasks.join(' '));
  const layouts = events.filter((e) => e.ph === 'X' && e.tid === tid && (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= t0 && e.ts < t0 + 1e6).map((e) => `${e.name[0]}@${((e.ts - t0) / 1000).toFixed(0)}:${(e.dur / 1000).toFixed(1)}`);
  console.log(' layouts:', layouts.join(' '));
}
await browser.close(); await server.close();
