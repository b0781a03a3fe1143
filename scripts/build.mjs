// Bundles each entry point with ncc into dist/<name>/ (dist/index.js for the Action, as action.yml
// expects). `node scripts/build.mjs --out DIR` builds elsewhere, so CI can compare with what is committed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ENTRIES = [
  // The command and the installed git hooks: CommonJS bundles behind a starter, see buildStarted.
  { source: 'src/cli/index.ts', out: 'cli', build: (source, outDir) => buildStarted(source, outDir, { minify: false }) },
  // The hooks run this small bundle, not the CLI: only what validation needs. Its start-up is the
  // commit-msg hook's budget (docs/hooks.md, measured by bench/hook), so it is also minified.
  { source: 'src/hooks/hookMain.ts', out: 'hook', build: (source, outDir) => buildStarted(source, outDir, { minify: true }) },
  { source: 'src/action/index.ts', out: '.' },
];

/**
 * A folder built for start-up time: the entry bundled into main.js, CommonJS, through ncc's API (its
 * command line has no switch for the format), as Node starts a CommonJS file without its ES module
 * loader; and index.js (the path the bin and the installed hooks hold), the starter
 * src/startup/startBundle.ts, which turns on Node's compile cache where Node has it and requires
 * main.js: the cache can only hold files loaded after it is on. The folder's package.json says
 * `commonjs`, although the package is `"type": "module"`.
 */
async function buildStarted(source, outDir, { minify }) {
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  // transpileOnly: types are checked by `tsc --noEmit` (CI, npm run typecheck), not by each bundle.
  // It also compiles our modules to CommonJS (a file alone cannot see package.json's "type", so
  // NodeNext means CommonJS), and their imports take packages' CommonJS builds, which webpack cannot
  // trim: see src/config/zod.mjs. transpileOnly: false emits ES modules (as the Action's `ncc build`
  // does) but took 2.6x the build's CPU time.
  const options = { esm: false, minify, sourceMapRegister: false, license: 'licenses.txt', quiet: true, cache: false, transpileOnly: true };
  const write = (name, text) => {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), text);
  };
  const bundle = await ncc(path.resolve(source), options);
  write('main.js', bundle.code);
  for (const [name, asset] of Object.entries(bundle.assets)) write(name, asset.source);
  const starter = await ncc(path.resolve('src/startup/startBundle.ts'), { ...options, minify: true, license: undefined });
  if (Object.keys(starter.assets).length > 0) throw new Error(`the starter should need no files: ${Object.keys(starter.assets).join(', ')}`);
  write('index.js', starter.code);
  write('package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
}

// ncc's persistent cache (~/.cache/ncc, one per working folder) is off: a cache left by an earlier
// build at the same path (a clone made again where another was) gave a bundle that differed from a
// clean build's, and dist/ must be exactly what src/ builds to.
const outFlag = process.argv.indexOf('--out');
const outRoot = outFlag > 0 ? process.argv[outFlag + 1] : 'dist';
const ncc = path.join('node_modules', '.bin', 'ncc');

// ncc empties its output folder, so each entry is bundled apart and copied into one staging tree
// (the Action's bundle at dist/ must not wipe dist/cli/ and dist/hook/); the staging tree replaces
// the output only at the end, so a reader of dist/ never finds it half built.
const staging = mkdtempSync(path.join(os.tmpdir(), 'git-leverage-build-'));
for (const entry of ENTRIES) {
  if (!existsSync(entry.source)) continue;
  const bundle = mkdtempSync(path.join(os.tmpdir(), 'git-leverage-entry-'));
  if (entry.build) {
    await entry.build(entry.source, bundle);
    cpSync(bundle, path.join(staging, entry.out), { recursive: true });
    rmSync(bundle, { recursive: true, force: true });
    continue;
  }
  const result = spawnSync(ncc, ['build', entry.source, '-o', bundle, '--quiet', '--no-cache', '--no-source-map-register', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  cpSync(bundle, path.join(staging, entry.out), { recursive: true });
  rmSync(bundle, { recursive: true, force: true });
}
rmSync(outRoot, { recursive: true, force: true });
cpSync(staging, outRoot, { recursive: true });
rmSync(staging, { recursive: true, force: true });
