/**
 * dist/hook/index.js, what the installed hooks run: starts the hook bundle (dist/hook/hook.js, built
 * from hookMain.ts) from the user's V8 code cache (codeCache.ts). Loads nothing but node builtins.
 */
import path from 'node:path';
import { codeCacheDir, runWithCodeCache } from '../codeCache.js';

// Run as `node dist/hook/index.js <hook> <file> ...`: the bundle sits beside this file.
runWithCodeCache(path.join(path.dirname(process.argv[1] ?? ''), 'hook.js'), codeCacheDir(process.env));
