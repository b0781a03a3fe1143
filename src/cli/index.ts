/**
 * The `git-leverage` executable: wires the process to runCli, nothing else. Bundled as CommonJS into
 * dist/cli/main.js (scripts/build.mjs), which dist/cli/index.js requires (src/startup/startBundle.ts).
 */
import { streamWriter } from './output.js';
import { runCli } from './program.js';

void runCli(process.argv.slice(2), {
  // A closed or failing standard output throws from here, and runCli ends the command (output.ts).
  stdout: streamWriter(process.stdout, 'standard output'),
  stderr: streamWriter(process.stderr, 'standard error', { quiet: true }),
  stdoutIsTerminal: process.stdout.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
  // Everything is done and written: ending here spares Node tearing down a heap of tens of
  // megabytes (~20 ms after a report of a long history, measured in docs/benchmarks.md). Only when
  // all output has reached the system (or can never reach it): on macOS a pipe is written
  // asynchronously, and then the process ends by itself once it drains.
  const done = (stream: NodeJS.WriteStream) => stream.writableLength === 0 || stream.destroyed || Boolean(stream.errored);
  if (done(process.stdout) && done(process.stderr)) process.exit(code);
});
