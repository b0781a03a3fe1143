#!/usr/bin/env node
// The installed command (CommonJS, bin/package.json: Node starts it without its ES module loader).
// The CLI itself is bundled in dist/cli (built from src/cli by `npm run build`); its index.js turns on
// Node's compile cache where Node has it, then runs the bundle (src/startup/startBundle.ts).
require('../dist/cli/index.js');
