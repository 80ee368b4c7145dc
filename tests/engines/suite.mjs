// Runs every flow of flows.mjs in one engine: one browser for the file, a fresh tab (a new
// WebDriver session, or a new Firefox browser context) for each flow. After each flow it
// asserts that no page seen was wider than the viewport and that no error was collected.
// Every flow runs in Dutch; the main journeys then run in English too, named "[en] …", with
// the app opened from en.html and their screenshots named "…-en.png".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, within } from './drivers.mjs';
import { App } from './app.mjs';
import { flows, inLanguage, LANGUAGES } from './flows.mjs';
import { serveApp, PHONE, ARTIFACTS } from './support.mjs';

/** A flow that has not finished by then fails, with the steps it did (ms). */
const FLOW_TIMEOUT = Number(process.env.ENGINE_FLOW_TIMEOUT ?? 120000);

/**
 * "planner (#/plannen): scrollWidth 522 px > innerWidth 390 px; content past the edge:
 * <select#plan-sjabloon> "…", box x 33–357, scrollWidth 487 px"
 */
function describeOverflow(o) {
  const box = (e) => `${e.element}, box x ${e.left}–${e.right} (${e.width} px wide), scrollWidth ${e.scrollWidth} px`;
  const widest = o.widest ? `; widest element past the edge: ${box(o.widest)}` : '';
  const spilling = o.spilling && o.spilling.element !== o.widest?.element ? `; content past the edge: ${box(o.spilling)}` : '';
  return `${o.page} (${o.hash || '#/'}): scrollWidth ${o.scrollWidth} px > innerWidth ${o.innerWidth} px${widest}${spilling}`;
}

export function engineSuite(engine) {
  const state = {};
  before(async () => {
    state.server = await serveApp();
    state.browser = await ENGINES[engine]();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });

  // Dutch first, every flow as it always ran (its name unchanged); then the main journeys
  // in each other language, "[en] …".
  const runs = LANGUAGES.flatMap((lang, i) => flows(inLanguage(lang))
    .filter((flow) => i === 0 || flow.main)
    .map((flow) => ({ lang, flow, name: i === 0 ? flow.name : `[${lang}] ${flow.name}` })));

  for (const { lang, flow, name } of runs) {
    // A flow may name an engine it does not yet pass, with the reason (shown as skipped).
    const skip = flow.skip?.[engine] ?? false;
    test(`${engine}: ${name}`, { skip }, async () => {
      const tab = await within(60000, state.browser.newTab(PHONE), () => `${engine}: no new tab in 60 s`);
      const app = new App(tab, { url: state.server.url, engine, artifacts: ARTIFACTS, lang });
      try {
        await within(FLOW_TIMEOUT, flow.run(app), () => `${engine}: the flow did not finish in ${FLOW_TIMEOUT / 1000} s`);
        const problems = app.overflows.map(describeOverflow);
        if (!flow.expectErrors) problems.push(...(await app.errors()).map((e) => `error in the page (${e.kind}${e.at ? `, at ${e.at}` : ''}): ${e.text}`));
        assert.deepEqual(problems, [], `${engine}: pages wider than the viewport, or errors in the page`);
      } catch (error) {
        // A step that failed says so; add what was seen before it, so nothing hides.
        if (!(error instanceof assert.AssertionError)) {
          const seen = app.overflows.map(describeOverflow);
          const errors = await within(5000, app.errors(), () => 'no answer').catch(() => []);
          if (seen.length || errors.length) error.message += `\nalso seen:\n${[...seen, ...errors.map((e) => `${e.kind}: ${e.text}`)].join('\n')}`;
        }
        error.message += `\nthe last steps:\n${app.trail.slice(-8).join('\n')}`;
        throw error;
      } finally {
        // A tab whose browser hangs or died must not keep the next flows waiting.
        await within(10000, tab.close(), () => `${engine}: the tab did not close`).catch((error) => console.error(error.message));
      }
    });
  }
}
