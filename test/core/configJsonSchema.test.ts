import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../src/config/configSchema.js';

const file = path.resolve(import.meta.dirname, '../../schema/leverage.schema.json');

/** The JSON Schema editors use for .leverage.yml, generated from the zod schema (the one source). */
function generated(): string {
  const schema = {
    ...z.toJSONSchema(configSchema),
    title: 'git-leverage configuration (.leverage.yml)',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('schema/leverage.schema.json', () => {
  it('is the JSON Schema of the zod config schema (UPDATE_SCHEMA=1 npx vitest run test/core/configJsonSchema.test.ts rewrites it)', async () => {
    if (process.env.UPDATE_SCHEMA === '1') await writeFile(file, generated());
    expect(await readFile(file, 'utf8')).toBe(generated());
  });

  it('rejects unknown keys, as the CLI does', async () => {
    const schema = JSON.parse(await readFile(file, 'utf8'));
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('timezone');
  });
});
