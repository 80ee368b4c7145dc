// The helper that forgets the errors of a chunk fetch a test makes fail on purpose must
// forget only that chunk's: any other error still fails the test. No browser needed: the
// errors below are what Chromium reports when the fetch of split_plan.wasm fails (as
// phonePage records them), next to errors that have nothing to do with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetFailedFetch, isChunkError } from './support.mjs';

const APP = 'http://127.0.0.1:41234/klanten/ontwikkelkaarten/';
const LOADER = `${APP}ontwikkelkaarten-4f1c2a9e-split.js`;

/** The part of the chunk loader (dist/…-split.js) that fetches two chunks, lines 1–12. */
const LOADER_SOURCE = [
  'export const __wasm_split_load_scan = wrapAsyncCb(makeLoad(() => {',
  '    const src = fetch(new URL("./ontwikkelkaarten-4f1c2a9e-split_scan.wasm", import.meta.url));',
  '    src.catch(() => {});',
  '    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));',
  '}',
  ', [__chunk_8]));',
  'export const __wasm_split_load_plan = wrapAsyncCb(makeLoad(() => {',
  '    const src = fetch(new URL("./ontwikkelkaarten-4f1c2a9e-split_plan.wasm", import.meta.url));',
  '    src.catch(() => {});',
  '    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));',
  '}',
  ', [__chunk_7]));',
].join('\n');
const readScript = (url) => (url === LOADER ? LOADER_SOURCE : null);

/** The loader's console.error of a rejected fetch, thrown at `line` of the loader. */
const fetchFailedAt = (line) => ({
  text: `TypeError: Failed to fetch\n    at ${LOADER}:${line}:17\n    at loader (${LOADER}:30:29)\n    at ${APP}ontwikkelkaarten-4f1c2a9e_bg.wasm:wasm-function[325]:0x2546e`,
  url: LOADER,
});

// What a failed fetch of split_plan.wasm logs: the browser's line about the resource, and
// the loader's TypeError thrown by the fetch of that chunk (line 8).
const planResource = { text: 'Failed to load resource: net::ERR_FAILED', url: `${APP}ontwikkelkaarten-4f1c2a9e-split_plan.wasm` };
const planFetch = fetchFailedAt(8);

// Errors that must stay when split_plan.wasm is forgotten.
const scanResource = { text: 'Failed to load resource: net::ERR_FAILED', url: `${APP}ontwikkelkaarten-4f1c2a9e-split_scan.wasm` };
const scanFetch = fetchFailedAt(2);
const panic = { text: 'panicked at src/ui/pages/plan/detail.rs:12:5: index out of bounds', url: `${APP}ontwikkelkaarten-4f1c2a9e.js` };
const panicInPlanChunk = { text: `RuntimeError: unreachable\n    at ${APP}ontwikkelkaarten-4f1c2a9e-split_plan.wasm:wasm-function[12]:0x1f2`, url: '' };
const fetchWithoutStack = { text: 'TypeError: Failed to fetch', url: '' };
const fetchElsewhere = { text: `TypeError: Failed to fetch\n    at ${APP}ontwikkelkaarten-4f1c2a9e.js:40:9`, url: `${APP}ontwikkelkaarten-4f1c2a9e.js` };
const cspViolation = { text: "Refused to load the script 'https://example.com/x.js' because it violates the following Content Security Policy directive: \"script-src 'self'\".", url: APP };

test('the errors of the failed chunk are forgotten', () => {
  const problems = { errors: [planResource, planFetch], foreignRequests: [] };
  forgetFailedFetch(problems, 'split_plan.wasm', { readScript });
  assert.deepEqual(problems.errors, []);
});

test('an error that is not about the failed chunk is kept', () => {
  const others = [scanResource, scanFetch, panic, panicInPlanChunk, fetchWithoutStack, fetchElsewhere, cspViolation];
  const problems = { errors: [planResource, ...others, planFetch], foreignRequests: [] };
  forgetFailedFetch(problems, 'split_plan.wasm', { readScript });
  assert.deepEqual(problems.errors, others);
});

test('the loader\'s report belongs to the chunk whose fetch threw it', () => {
  assert.equal(isChunkError(planFetch, 'split_plan.wasm', { readScript }), true);
  assert.equal(isChunkError(planFetch, 'split_scan.wasm', { readScript }), false);
  assert.equal(isChunkError(scanFetch, 'split_scan.wasm', { readScript }), true);
  assert.equal(isChunkError(fetchFailedAt(11), 'split_plan.wasm', { readScript }), true, 'up to the next fetch');
  assert.equal(isChunkError(fetchFailedAt(7), 'split_plan.wasm', { readScript }), false, 'not before its fetch');
  assert.equal(isChunkError(planFetch, 'split_plan.wasm', { readScript: () => null }), false, 'an unknown script is no proof');
});

test('a chunk is matched by its whole file name, not a part of another', () => {
  assert.equal(isChunkError(planResource, 'split_plan.wasm'), true);
  assert.equal(isChunkError(planResource, 'plan.wasm'), false, 'the whole name after the hash');
  assert.equal(isChunkError(planResource, 'split_plan'), false, 'the file name, with its extension');
  assert.equal(isChunkError(scanResource, 'split_plan.wasm'), false);
  assert.equal(isChunkError({ text: 'x', url: `${APP}ontwikkelkaarten-4f1c2a9e-split_planner.wasm` }, 'split_plan.wasm'), false);
  assert.equal(isChunkError({ text: 'x', url: `${APP}ontwikkelkaarten-4f1c2a9e-split_plan.wasm.map` }, 'split_plan.wasm'), false);
});
