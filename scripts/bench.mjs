// Benchmark (prints figures, asserts nothing): what a first visit downloads, and how long
// answering a scan statement takes until the next statement is painted on a throttled CPU.
// Run after a release build: `./scripts/bench.sh` (builds first).
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { serveDist, launch, phonePage, appReady, DIST } from '../tests/e2e/support.mjs';

const CPU_SLOWDOWN = Number(process.env.CPU_SLOWDOWN ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

function kb(bytes) {
  return (bytes / 1024).toFixed(1).padStart(7) + ' KB';
}

async function sizes() {
  const files = (await readdir(DIST)).filter((f) => /\.(html|js|wasm|css)$/.test(f));
  console.log('First visit (what index.html loads):');
  console.log('  file                                           raw       gzip     brotli');
  const total = { raw: 0, gzip: 0, br: 0 };
  for (const file of files.sort()) {
    const body = await readFile(join(DIST, file));
    const gzip = gzipSync(body, { level: 9 }).length;
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total.raw += body.length;
    total.gzip += gzip;
    total.br += br;
    console.log(`  ${file.padEnd(44)} ${kb(body.length)} ${kb(gzip)} ${kb(br)}`);
  }
  console.log(`  ${'total'.padEnd(44)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.br)}`);
  console.log(`  budget: 150 KB gzip -> ${total.gzip <= 150 * 1024 ? 'within' : 'OVER'} (${((total.gzip / 1024) - 150).toFixed(1)} KB)`);
}

async function answerToPaint() {
  const server = await serveDist();
  const browser = await launch();
  const { context, page } = await phonePage(browser);
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url + '#/scan');
  await appReady(page);
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(server.url + '#/scan');
    await appReady(page);
    if (await page.locator('text=Opnieuw beginnen').count()) await page.locator('text=Opnieuw beginnen').click();
    await page.locator('#scan-label').fill(`Benchmark ${round + 1}`);
    await page.getByRole('button', { name: 'Start de scan' }).click();
    await page.waitForSelector('.statement');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    for (let i = 0; i < 15; i++) {
      // Time from the tap to the frame in which the next statement is on screen.
      const ms = await page.evaluate(() => new Promise((resolve) => {
        const before = document.querySelector('.progress-text').textContent;
        const button = document.querySelectorAll('.answer')[3];
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.progress-text')?.textContent === before) return;
          observer.disconnect();
          const updated = performance.now();
          // The frame after the DOM change is the one that paints it.
          requestAnimationFrame(() => {
            const frame = performance.now();
            resolve({ dom: updated - start, frame: frame - start });
          });
        });
        observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
        button.click();
      }));
      samples.push(ms);
    }
  }
  await browser.close();
  await server.close();
  const stat = (key) => {
    const v = samples.map((s) => s[key]).sort((a, b) => a - b);
    const pick = (q) => v[Math.min(v.length - 1, Math.floor(q * v.length))];
    return `median ${pick(0.5).toFixed(1)} ms, p90 ${pick(0.9).toFixed(1)} ms, max ${v[v.length - 1].toFixed(1)} ms`;
  };
  console.log(`\nScan: answer -> next statement (${samples.length} answers, CPU ${CPU_SLOWDOWN}x slower, 390x844):`);
  console.log(`  DOM updated:         ${stat('dom')}`);
  console.log(`  next frame started:  ${stat('frame')}`);
  console.log('  one frame at 60 Hz is 16.7 ms');
}

await sizes();
await answerToPaint();
