/**
 * src/config/zod.mjs hands the bundles only the zod functions it names, and zod.d.mts types them:
 * the two lists must be the same, or a name typed but not exported would pass `tsc` and fail at run
 * time. And every function is zod's own, not a copy.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as shim from '../../src/config/zod.mjs';

/** The value names of the first `export { … } from 'zod'` of a file. */
async function exportedValues(file: string): Promise<string[]> {
  const text = await readFile(new URL(`../../src/config/${file}`, import.meta.url), 'utf8');
  const list = /^export \{([^}]*)\} from 'zod';$/m.exec(text)?.[1];
  expect(list, `${file} has an export list from zod`).toBeDefined();
  return (list as string).split(',').map((name) => name.trim()).filter((name) => name !== '').sort();
}

describe('the zod shim of the bundles', () => {
  it('exports at run time exactly the names its declaration types, each zod\'s own function', async () => {
    const declared = await exportedValues('zod.d.mts');
    expect(await exportedValues('zod.mjs')).toEqual(declared);
    expect(Object.keys(shim).sort()).toEqual(declared);
    for (const name of declared) expect((shim as Record<string, unknown>)[name], name).toBe((zod as Record<string, unknown>)[name]);
  });
});
