import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_VERSION } from '../../src/cli/version.js';

it('--version reports the version in package.json', async () => {
  const pkg = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  expect(PACKAGE_VERSION).toBe(pkg.version);
});

it('--version and -V print it without any command loaded, and help still lists every command', async () => {
  const { cli } = await import('../helpers/cli.js');
  for (const flag of ['--version', '-V']) {
    const run = await cli([flag], { cwd: import.meta.dirname });
    expect(run).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: '' });
  }
  const help = await cli(['--help'], { cwd: import.meta.dirname });
  for (const command of ['report', 'demo', 'merge', 'dashboard', 'hook', 'commit', 'annotate', 'validate', 'measure']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
});
