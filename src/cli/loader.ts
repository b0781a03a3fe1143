/**
 * dist/cli/index.js, what bin/git-leverage.js requires: starts the CLI bundle (dist/cli/cli.js,
 * built from index.ts) from the user's V8 code cache (src/codeCache.ts). Loads nothing but node
 * builtins. A report's fixed cost is mostly compiling: measured in docs/benchmarks.md.
 */
import path from 'node:path';
import { codeCacheDir, runWithCodeCache } from '../codeCache.js';

// Bundled as CommonJS (scripts/build.mjs), where __dirname is this file's folder, dist/cli.
runWithCodeCache(path.join(__dirname, 'cli.js'), codeCacheDir(process.env));
