import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_VERSION } from '../../src/cli/version.js';

it('--version reports the version in package.json', async () => {
  const pkg = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  expect(PACKAGE_VERSION).toBe(pkg.version);
});
