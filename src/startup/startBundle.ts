/**
 * dist/cli/index.js and dist/hook/index.js, the files the command (bin/git-leverage.js) and the
 * installed git hooks run: turns on Node's own compile cache where Node has it (22.1+), then requires
 * the bundle beside it (main.js), which Node then loads, and compiles once, like any module. On Node 20
 * it only requires main.js. `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch) turns the cache off.
 */
import nodeModule from 'node:module';
import { compileCacheDir } from './compileCacheDir.js';

// Node's own require, which webpack (ncc) leaves as it is: main.js is not part of this bundle.
declare const __non_webpack_require__: NodeJS.Require;

// Not in @types/node 20, whose Node lacks it.
const { enableCompileCache } = nodeModule as { enableCompileCache?: (directory: string) => unknown };
if (enableCompileCache) {
  const dir = compileCacheDir(process.env);
  if (dir !== undefined) enableCompileCache(dir);
}
__non_webpack_require__('./main.js');
