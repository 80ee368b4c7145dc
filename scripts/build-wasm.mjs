// Builds the app's wasm and splits it into a first download and chunks fetched on demand.
// Called from the Trunk post-build hook (scripts/post-build.mjs), because Trunk cannot put
// a step between compiling and wasm-bindgen:
//
//   cargo build --features split   (linked with --emit-relocs, which the splitter reads)
//   wasm-split-cli                 main wasm + one wasm per page group + shared chunks
//   wasm-bindgen --keep-lld-exports  the JS glue for the main wasm
//   wasm-opt -Oz --converge        each wasm (release only), without custom sections
//
// Every output file is named with one hash over all of them, so a new build never mixes
// with cached files of an old one. Returns the names the page has to load.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const NAME = 'ontwikkelkaarten';

function run(command, args, env = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

// `lang`: the interface language (src/i18n.rs); each language is its own build, so that a
// first download holds one language's text. Their files differ by their hash.
export async function buildWasm({ root, outDir, release, lang = 'nl' }) {
  const targetDir = resolve(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'split');
  const profile = release ? 'release' : 'debug';
  const features = lang === 'nl' ? 'split' : `split,${lang}`;
  run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--features', features,
    '--target-dir', targetDir, ...(release ? ['--release'] : [])], { RUSTFLAGS: '-Clink-args=--emit-relocs' });

  const stage = join(targetDir, 'stage');
  await rm(stage, { recursive: true, force: true });
  await mkdir(join(stage, 'bindgen'), { recursive: true });
  run('wasm-split-cli', [join(targetDir, 'wasm32-unknown-unknown', profile, `${NAME}.wasm`), stage, '--out-name', NAME]);
  run('wasm-bindgen', [join(stage, `${NAME}.wasm`), '--out-dir', join(stage, 'bindgen'), '--target', 'web',
    '--no-typescript', '--keep-lld-exports', ...(release ? [] : ['--debug'])]);

  // name in the stage -> its bytes (after wasm-opt in a release build)
  const files = new Map();
  const optimised = async (path) => {
    if (!release) return readFile(path);
    const out = `${path}.opt`;
    run('wasm-opt', ['-Oz', '--converge', '--strip-producers', '--strip-target-features', path, '-o', out]);
    return readFile(out);
  };
  files.set(`${NAME}.js`, await readFile(join(stage, 'bindgen', `${NAME}.js`), 'utf8'));
  files.set(`${NAME}_bg.wasm`, await optimised(join(stage, 'bindgen', `${NAME}_bg.wasm`)));
  files.set('__wasm_split.js', await readFile(join(stage, '__wasm_split.js'), 'utf8'));
  for (const f of (await readdir(stage)).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`).sort()) {
    files.set(f, await optimised(join(stage, f)));
  }

  const hash = createHash('sha256');
  for (const [name, bytes] of files) hash.update(name).update(bytes);
  const id = hash.digest('hex').slice(0, 16);
  const renamed = (f) => f === '__wasm_split.js' ? `${NAME}-${id}-split.js`
    : f.startsWith(`${NAME}`) ? f.replace(NAME, `${NAME}-${id}`)
      : `${NAME}-${id}-${f}`;

  // The glue imports the split loader, which imports the glue and fetches the chunks: rename
  // those references (not the wasm's import module names, which stay as they are).
  const relink = (text) => text.replace(/(from\s*|new URL\()(['"])\.\/([^'"]+)\2/g,
    (all, before, quote, f) => files.has(f) ? `${before}${quote}./${renamed(f)}${quote}` : all);
  await mkdir(outDir, { recursive: true });
  for (const [f, bytes] of files) {
    await writeFile(join(outDir, renamed(f)), typeof bytes === 'string' ? relink(bytes) : bytes);
  }
  const chunks = [...files.keys()].filter((f) => f.endsWith('.wasm') && f !== `${NAME}_bg.wasm`);
  // Which files each page group fetches (its own and the shared chunks it needs), read
  // from the split loader, so that the page can fetch them early (see post-build.mjs).
  const loader = files.get('__wasm_split.js');
  const chunkFile = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
    .map(([, name, file]) => [name, file]));
  const groups = Object.fromEntries([...loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g)]
    .map(([, group, file, deps]) => [group, [file, ...deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunkFile[d])].map(renamed)]));
  if (!groups.scan || !groups.plan) throw new Error('build-wasm: found no page groups in the split loader');
  for (const [group, list] of Object.entries(groups)) {
    if (list.some((f) => !f || !files.has(f.replace(`${NAME}-${id}-`, '')))) throw new Error(`build-wasm: could not read the files of page group ${group} from the split loader`);
  }
  return {
    groups,
    js: renamed(`${NAME}.js`),
    wasm: renamed(`${NAME}_bg.wasm`),
    split: renamed('__wasm_split.js'),
    chunks: chunks.map(renamed),
  };
}
