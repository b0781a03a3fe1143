/**
 * The `git-leverage` executable: wires the process to runCli, nothing else. Bundled as CommonJS into
 * dist/cli/cli.js (scripts/build.mjs), which dist/cli/index.js runs from a V8 code cache (loader.ts).
 */
import { runCli } from './program.js';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
