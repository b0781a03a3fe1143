/**
 * The small entry the installed hooks run (bundled alone into dist/hook/index.js): it loads only
 * what validation needs (the trailer schema and the config), not the CLI, to keep a commit with
 * leverage trailers close to Node's bare start-up. `hook commit-msg` in the full CLI runs the same code.
 */
import { runHook } from './runHook.js';

void runHook(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
