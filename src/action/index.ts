/**
 * The Action's entry point (bundled to dist/index.js): calls run(), nothing else. The one thing read
 * here is GIT_LEVERAGE_NOW, a fixed clock for the Action's own tests (test/action); a workflow never
 * sets it, and then the clock is the real one.
 */
import { run } from './run.js';

const fixedNow = process.env.GIT_LEVERAGE_NOW;
await run({ now: fixedNow ? () => new Date(fixedNow) : () => new Date() });
