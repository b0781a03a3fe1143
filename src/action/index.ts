/** The Action's entry point (bundled to dist/index.js): runs the step with this process as its context. */
import { run } from './run.js';
import { actionContextFromProcess } from './processContext.js';

await run(actionContextFromProcess());
