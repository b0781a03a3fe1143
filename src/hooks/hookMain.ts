/**
 * The small entry the installed hooks run (bundled alone into dist/hook/main.js, which
 * dist/hook/index.js requires: src/startup/startBundle.ts): it loads only what validation needs
 * (the trailer schema and the config), not the CLI, to keep a commit with leverage trailers close to
 * Node's bare start-up. `hook commit-msg` in the full CLI runs the same code.
 */
import { readFileSync } from 'node:fs';
import { runHook } from './runHook.js';

void runHook(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  // A pipe from the hook script: read through fs, not process.stdin (which would load net).
  readStdin: () => readFileSync(0),
}).then((code) => {
  process.exitCode = code;
});
