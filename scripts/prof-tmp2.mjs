import { writeFileSync } from 'node:fs';
import { serveDist, launch, phonePage, appReady } from '../tests/e2e/support.mjs';
const { resultLink, storedSessions } = await import('../tests/e2e/links.mjs');
const STATEMENTS = Array.from({ length: 16 });
const server = await serveDist();
const browser = await launch();
const { context, page } = await phonePage(browser, { viewport: { width: 1280, height: 800 } });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const session = { code: 'K7M-2QX', team: 'MT Bench', name: 'nulmeting', created: '2026-11-29T09:00:00', minimum: 3, names_allowed: false, show_names: false, results: [] };
const chat = Array.from({ length: 12 }, (_, i) => {
  const answers = STATEMENTS.map((_, k) => ((i + 2 * k) % 6));
  return `[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: hier is de mijne ${resultLink(server.url, { code: session.code, id: 1000 + i, answers })}\n[29-11-2026 09:${String(10 + i).padStart(2, '0')}] Lid ${i + 1}: 👍`;
}).join('\n');
const self = new Map();
for (let round = 0; round < 5; round++) {
  await page.goto(server.url + '#/');
  await appReady(page);
  await page.evaluate((s) => localStorage.setItem('ontwikkelkaarten.teamsessies', s), storedSessions([session]));
  await page.goto(server.url + '#/teamsessie/K7M2QX');
  await appReady(page);
  await page.getByLabel('Plak hier de berichten met links').fill(chat);
  await page.waitForTimeout(300);
  await cdp.send('Profiler.start');
  await page.evaluate(() => new Promise((resolve) => {
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Links toevoegen').click();
    setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 0)), 0);
  }));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; 
  profile.samples.forEach((id, i) => { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000); });
  // inclusive for interesting frames
  if (round === 4) writeFileSync('/tmp/profile.cpuprofile', JSON.stringify(profile));
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 5).toFixed(2).padStart(7)} ms ${k.slice(0, 150)}`).join('\n'));
await browser.close(); await server.close();
