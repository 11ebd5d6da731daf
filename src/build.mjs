// Compiles Suar into dist/ and runs compiled entry points, so no start pays for a TypeScript transpiler.
//   node src/build.mjs              compile now (npm install runs this; so does `npm run build`)
//   node src/build.mjs main [args]  compile if dist/ is missing or older than the sources, then run dist/src/main.js
// Plain JavaScript on purpose: it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// When the last build started: a source changed after that is not in dist/.
const stampFile = '.built-at';
// What the compiler reads; every other file under these folders (JSON seeds, styles, scripts, sounds) is
// copied beside its compiled module, so `new URL('./x.css', import.meta.url)` finds it in dist/ too.
const SOURCE_DIRS = ['src', 'migrations'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];
const COMPILED = /\.(ts|tsx|mts|cts)$/;

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function newestSourceMs() {
  let newest = 0;
  for (const dir of SOURCE_DIRS) {
    for (const file of filesUnder(join(root, dir))) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  for (const file of CONFIG_FILES) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

function builtAtMs() {
  try {
    return Number(readFileSync(join(dist, stampFile), 'utf8'));
  } catch {
    return Number.NaN;
  }
}

/** True when dist/ holds a complete build of the current sources. */
function isFresh() {
  const builtAt = builtAtMs();
  return Number.isFinite(builtAt) && newestSourceMs() <= builtAt;
}

function findTsc() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return existsSync(tsc) ? tsc : null;
}

/** Compiles into a fresh folder and swaps it in, so a running start never reads half a build. */
function build() {
  const tsc = findTsc();
  if (!tsc)
    throw new Error('TypeScript is not installed (run npm install; a production image ships dist/ built)');
  const startedAt = Date.now();
  const partial = join(root, `dist.building-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', partial], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error('the TypeScript compiler reported errors (above)');
  }
  for (const dir of SOURCE_DIRS) {
    for (const file of filesUnder(join(root, dir))) {
      if (COMPILED.test(file)) continue;
      const target = join(partial, relative(root, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
  }
  writeFileSync(join(partial, stampFile), String(startedAt));
  rmSync(dist, { recursive: true, force: true });
  renameSync(partial, dist);
  return Date.now() - startedAt;
}

const [entry, ...rest] = process.argv.slice(2);
try {
  if (!entry) {
    console.log(`suar: compiled into dist/ in ${build()} ms`);
  } else {
    if (!isFresh()) {
      if (findTsc()) {
        console.error(
          `suar: compiled into dist/ in ${build()} ms (it was missing or older than the sources)`,
        );
      } else if (existsSync(join(dist, stampFile))) {
        console.error(
          'suar: dist/ is older than the sources and TypeScript is not installed: running it as built',
        );
      } else {
        throw new Error('dist/ is missing and TypeScript is not installed: run npm install');
      }
    }
    // The entry sees its own arguments, as if it had been started directly.
    process.argv = [process.argv[0], join(dist, 'src', `${entry}.js`), ...rest];
    process.setSourceMapsEnabled(true);
    await import(pathToFileURL(join(dist, 'src', `${entry}.js`)).href);
  }
} catch (error) {
  console.error(`suar: ${error.message}`);
  process.exit(1);
}
