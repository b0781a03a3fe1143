import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { PACKAGE_VERSION } from '../../src/cli/version.js';
import { cli } from '../helpers/cli.js';

it('--version reports the version in package.json', async () => {
  const pkg = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  expect(PACKAGE_VERSION).toBe(pkg.version);
});

it('--version and -V print it without any command loaded, and help still lists every command', async () => {
  for (const flag of ['--version', '-V']) {
    const run = await cli([flag], { cwd: import.meta.dirname });
    expect(run).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: '' });
    const program = await buildProgram({ io: { stdout: () => undefined, stderr: () => undefined, cwd: import.meta.dirname, env: {}, now: () => new Date(0) }, setExitCode: () => undefined }, [flag]);
    expect(program.commands).toEqual([]);
  }
  const help = await cli(['--help'], { cwd: import.meta.dirname });
  for (const command of ['report', 'demo', 'merge', 'dashboard', 'hook', 'commit', 'annotate', 'validate', 'measure']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
});
