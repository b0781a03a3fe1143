/** Bundles bench/measure/measureCli.ts with ncc into bench/.work/measure-cli/index.js. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function buildMeasureCli() {
  const out = path.resolve('bench/.work/measure-cli');
  const result = spawnSync(path.join('node_modules', '.bin', 'ncc'), ['build', 'bench/measure/measureCli.ts', '-o', out, '--quiet', '--no-source-map-register', '--transpile-only'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('ncc could not bundle bench/measure/measureCli.ts');
  return path.join(out, 'index.js');
}
