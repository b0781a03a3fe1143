// Bundles each entry point with ncc into dist/<name>/ (dist/index.js for the Action, as action.yml
// expects). `node scripts/build.mjs --out DIR` builds elsewhere, so CI can compare with what is committed.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const ENTRIES = [
  { source: 'src/cli/index.ts', out: 'cli' },
  { source: 'src/action/index.ts', out: '.' },
];

const outFlag = process.argv.indexOf('--out');
const outRoot = outFlag > 0 ? process.argv[outFlag + 1] : 'dist';
const ncc = path.join('node_modules', '.bin', 'ncc');

for (const entry of ENTRIES) {
  if (!existsSync(entry.source)) continue;
  const out = path.join(outRoot, entry.out);
  if (entry.out !== '.') rmSync(out, { recursive: true, force: true });
  const result = spawnSync(ncc, ['build', entry.source, '-o', out, '--quiet', '--no-source-map-register', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
