/**
 * Finds and reads `.leverage.yml` (or `.leverage.yaml`) at a repository's top level, or an explicit
 * path. No file means the defaults.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, resolveConfig, type ResolvedConfig } from './resolveConfig.js';

export const CONFIG_FILE_NAMES = ['.leverage.yml', '.leverage.yaml'] as const;

/** The parser (yaml + zod) is loaded only when there is a file to parse. */
async function parseConfigText(text: string, source: string): Promise<ResolvedConfig> {
  const { parseConfig } = await import('./configSchema.js');
  return parseConfig(text, source);
}

export async function loadConfig(repoDir: string, explicitPath?: string): Promise<ResolvedConfig> {
  if (explicitPath !== undefined) {
    const text = await readFile(explicitPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(explicitPath, [error.code === 'ENOENT' ? 'file not found' : error.message]);
    });
    return parseConfigText(text, explicitPath);
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(repoDir, name);
    // Synchronous: most repositories have no such file, and a failed open is microseconds, where
    // the asynchronous one is a trip through libuv's thread pool before git can start.
    if (!existsSync(file)) continue;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return parseConfigText(text, path.relative(process.cwd(), file) || name);
  }
  return resolveConfig();
}
