// Trunk post-build hook (see Trunk.toml): runs on the staged build before it becomes dist/.
// 0. Builds the wasm, split into a first download and chunks loaded on demand
//    (scripts/build-wasm.mjs), and puts its loader where index.html says `<!-- app:wasm -->`.
// 1. Adds a Content-Security-Policy that allows only the app's own files, with the hash of
//    that loader script.
// 2. Writes the service worker with the exact list of built files and a version derived
//    from their contents, so a new build replaces the old cache.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWasm } from './build-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

const release = process.env.TRUNK_PROFILE === 'release';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
// The languages: Dutch (index.html) and, where the deck has an English edition, English
// (en.html beside the source index.html, written by src/domain/site.rs). Each language has
// its own build of the wasm (src/i18n.rs) and its own page, which loads that build.
const source = dirname(resolve(process.env.TRUNK_HTML_FILE ?? join(root, 'index.html')));
const pages = { nl: 'index.html' };
if (existsSync(join(source, 'en.html'))) pages.en = 'en.html';
const builds = {};
for (const lang of Object.keys(pages)) builds[lang] = await buildWasm({ root, outDir: dir, release, lang });
const built = builds.nl;

// The wasm's JS glue, the static page's script and the stylesheet, minified in a release
// build: every byte of them is in the first download. (Not the split loader: its lines
// name the chunk each fetch is for, which the end-to-end tests read.)
const integrity = new Map();
// Stylesheets that come with a part loaded on demand (src/web/style.rs): not linked from
// index.html, and in the service worker's list of what is loaded later.
const onDemandStyles = ['session.css'];
// `lines`: a new line where a statement ends, so that a failed fetch in the split loader is
// still found by its line in a stack trace (tests/e2e/support.mjs, isChunkError).
const minifyJs = async (code, module, lines = false) => (await (await import('terser')).minify(code, { module, ecma: 2020, compress: { passes: 2 }, format: { semicolons: !lines } })).code;
if (release) {
  const scripts = Object.values(builds).flatMap((b) => [[b.js, true], [b.split, true, true]]);
  for (const [file, module, lines] of [...scripts, ['shell.js', false]]) {
    const path = join(dir, file);
    await writeFile(path, await minifyJs(await readFile(path, 'utf8'), module, lines));
  }
  const { minify } = await import('csso');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.css') && !f.startsWith('embed-example'))) {
    const path = join(dir, file);
    const css = minify(await readFile(path, 'utf8')).css;
    await writeFile(path, css);
    // Trunk gave its link the integrity of the file before: give it the new one. (A
    // stylesheet loaded on demand has no link in index.html.)
    if (!onDemandStyles.includes(file)) integrity.set(file, 'sha384-' + createHash('sha384').update(css, 'utf8').digest('base64'));
  }
}

const indexPath = join(dir, 'index.html');
let template = await readFile(indexPath, 'utf8');
const marker = '<!-- app:wasm -->';
if (!template.includes(marker)) {
  console.error(`post-build: index.html has no ${marker} to put the wasm loader in`);
  process.exit(1);
}
for (const [file, hash] of integrity) {
  const link = new RegExp(`(href="\\./${file.replace(/\./g, '\\.')}" integrity=")[^"]*"`);
  if (!link.test(template)) {
    console.error(`post-build: found no link with an integrity attribute for ${file}`);
    process.exit(1);
  }
  template = template.replace(link, `$1${hash}"`);
}
template = template.replace(/\s*<!-- Trunk skips the Rust build[\s\S]*?-->\s*<link data-trunk rel="rust"[^>]*>/, '');

// Another language's page: the built index.html with that language's <html> attributes,
// title, web manifest, description and static page, taken from its source page (en.html).
const parts = [/<html[^>]*>/, /<title>[^<]*<\/title>/, /<link rel="manifest" href="[^"]*">/, /<meta name="description" content="[^"]*">/, /<!-- shell:begin -->[\s\S]*?<!-- shell:end -->/];
const translated = (html, other, name) => parts.reduce((page, part) => {
  const found = other.match(part);
  if (!found || !part.test(page)) {
    console.error(`post-build: ${name} or index.html has no ${part}`);
    process.exit(1);
  }
  return page.replace(part, () => found[0]);
}, html);

// Starts the app (in each page and in embed.js): its three files are fetched side by side
// rather than one after the other: the wasm (handed to the glue as a pending response), the
// glue, and the split loader the glue imports. `url` turns a file name into a URL expression.
const startApp = (b, url) => `const wasm = fetch(${url(b.wasm)}); `
  + `const split = document.createElement('link'); split.rel = 'modulepreload'; split.href = ${url(b.split)}; document.head.append(split); `
  + `const app = await import(${url(b.js)}); await app.default({ module_or_path: wasm });`;
// The page starts it once the static page has painted, so that on a slow connection the
// page itself gets the bandwidth first (no preload links in the HTML for the same reason).
// Together with it, the page fetches the files of the page group its address opens (or
// opens next, while the app is still on its way): so on a first visit to the scan the
// scan's code arrives with the app, instead of one round trip after it.
const groupOf = `(h) => /^#\\/(scans?|gedeeld|meedoen)\\b/.test(h) ? 'scan' : /^#\\/plan/.test(h) ? 'plan' : /^#\\/(bestanden|team|teamsessie|antwoord|trends)\\b/.test(h) ? 'files' : /^#\\/(kaart|zoeken|werken)/.test(h) ? 'cards' : ''`;
const loader = (b) => {
  const groups = Object.fromEntries(['scan', 'plan', 'files', 'cards'].map((g) => [g, b.groups[g].map((f) => `./${f}`)]));
  const early = `const groups = ${JSON.stringify(groups)}; const groupOf = ${groupOf}; const fetched = new Set(); `
    + `const fetchGroup = () => { const g = groupOf(location.hash); if (!g || fetched.has(g)) return; fetched.add(g); `
    + `for (const href of groups[g]) { const l = document.createElement('link'); l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = href; document.head.append(l); } }; `
    + `addEventListener('hashchange', fetchGroup); addEventListener('ontwikkelkaarten:ready', () => removeEventListener('hashchange', fetchGroup), { once: true }); `;
  // A page that is leaving for the other language's (public/shell.js) starts nothing.
  return `<script type="module">if (!document.documentElement.hasAttribute('data-leaving')) { ${early}requestAnimationFrame(() => setTimeout(async () => { ${startApp(b, (f) => `'./${f}'`).replace('document.head.append(split); ', 'document.head.append(split); fetchGroup(); ')} })); }</script>`;
};

// Each language's page: its loader, and a Content-Security-Policy that allows only the
// app's own files, with the hash of that loader.
const manifests = {};
for (const [lang, page] of Object.entries(pages)) {
  let html = lang === 'nl' ? template : translated(template, await readFile(join(source, page), 'utf8'), page);
  html = html.replace(marker, () => loader(builds[lang]));
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length !== 1) {
    console.error(`post-build: expected one inline loader script in ${page}, found ${inline.length}`);
    process.exit(1);
  }
  const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // `trunk serve` injects its own inline live-reload script after this hook, which the policy
  // would block; development builds therefore go without it.
  if (release) {
    html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  }
  await writeFile(join(dir, page), html);
  manifests[lang] = html.match(/<link rel="manifest" href="\.?\/?([^"]*)">/)?.[1];
}

// embed.js: a stable name a host page can load to mount the app into its own element. It
// loads the build of the language the user chose on this device (the app's switch), or
// else the one the host asks for (`?lang=en` on the page or `data-lang="en"` on the
// element), or else the browser's language: the same order as public/shell.js.
const css = template.match(/href="\.\/(main-[0-9a-f]+\.css)"/)?.[1];
if (!css) {
  console.error('post-build: could not find the built css in index.html');
  process.exit(1);
}
const store = template.match(/data-store="([^"]+)"/)?.[1] ?? 'ontwikkelkaarten';
const starts = Object.entries(builds).map(([lang, b]) => `${JSON.stringify(lang)}: async () => { ${startApp(b, (f) => `new URL('${f}', base).href`)} }`);
await writeFile(join(dir, 'embed.js'), `// Mounts Ontwikkelkaarten into the first element with a data-ontwikkelkaarten attribute.
// <div data-ontwikkelkaarten data-start="scan" data-lang="en"></div>
// <script type="module" src="https://example.org/pad/naar/dist/embed.js"></script>
const base = new URL('./', import.meta.url);
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = new URL('${css}', base).href;
document.head.append(link);
const starts = { ${starts.join(', ')} };
const host = document.querySelector('[data-ontwikkelkaarten]');
let chosen = null;
try { chosen = localStorage.getItem(${JSON.stringify(store + '.taal')}); } catch (e) { /* blocked */ }
const asked = [chosen, new URLSearchParams(location.search).get('lang'), host && host.getAttribute('data-lang'), ...(navigator.languages || [navigator.language])];
const lang = asked.map((l) => String(l || '').slice(0, 2).toLowerCase()).find((l) => l in starts) || 'nl';
await starts[lang]();
`);

// The worker caches, on install, what the first page of its language loads (FILES: the
// common files and that language's) and the chunks of that language loaded on demand
// (LATER); see public/sw.js. The schema, the embedding example and embed.js are fetched
// only by those who ask for them.
const optional = (f) => f.startsWith('embed') || f.endsWith('.schema.json');
const all = (await readdir(dir)).filter((f) => !f.startsWith('.') && f !== 'sw.js' && !optional(f)).sort();
const own = (b) => [b.js, b.wasm, b.split, ...b.chunks];
const perLanguage = new Set([...Object.values(pages), ...Object.values(manifests), ...Object.values(builds).flatMap(own)]);
const common = all.filter((f) => !perLanguage.has(f) && !onDemandStyles.includes(f));
const first = Object.fromEntries(Object.entries(builds).map(([lang, b]) => [lang,
  [lang === 'nl' ? './' : `./${pages[lang]}`, ...[manifests[lang], b.js, b.wasm, b.split].filter(Boolean).map((f) => './' + f)]]));
const later = Object.fromEntries(Object.entries(builds).map(([lang, b]) => [lang,
  [...b.chunks, ...onDemandStyles].map((f) => './' + f)]));
const version = createHash('sha256');
for (const f of all) version.update(f).update(await readFile(join(dir, f)));
const sw = (await readFile(new URL('../public/sw.js', import.meta.url), 'utf8'))
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__COMMON__', JSON.stringify(common.map((f) => './' + f)))
  .replace('__FILES__', JSON.stringify(first))
  .replace('__LATER__', JSON.stringify(later));
await writeFile(join(dir, 'sw.js'), release ? await minifyJs(sw, false) : sw);
console.log(`post-build (${process.env.TRUNK_PROFILE}): ${Object.keys(pages).join(' and ')}; ${release ? 'CSP with loader hash, ' : 'no CSP (development), '}service worker for ${common.length} common files and per language ${first.nl.length} first and ${later.nl.length} later`);
