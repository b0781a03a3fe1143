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
  // Everything is done and written: ending here spares Node tearing down a heap of tens of
  // megabytes (~20 ms after a report of a long history, measured in docs/benchmarks.md). Only when
  // all output has reached the system: on macOS a pipe is written asynchronously, and then the
  // process ends by itself once it drains.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});
