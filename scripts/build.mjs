// Bundles each entry point with ncc into dist/<name>/ (dist/index.js for the Action, as action.yml
// expects). `node scripts/build.mjs --out DIR` builds elsewhere, so CI can compare with what is committed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENTRIES = [
  { source: 'src/cli/index.ts', out: 'cli' },
  // The installed git hooks run this small bundle, not the CLI: only what validation needs.
  { source: 'src/hooks/hookMain.ts', out: 'hook' },
  { source: 'src/action/index.ts', out: '.' },
];

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
  const result = spawnSync(ncc, ['build', entry.source, '-o', bundle, '--quiet', '--no-source-map-register', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  cpSync(bundle, path.join(staging, entry.out), { recursive: true });
  rmSync(bundle, { recursive: true, force: true });
}
rmSync(outRoot, { recursive: true, force: true });
cpSync(staging, outRoot, { recursive: true });
rmSync(staging, { recursive: true, force: true });
