#!/usr/bin/env node
// The installed command (CommonJS, bin/package.json: Node starts it without its ES module loader).
// The CLI itself is bundled in dist/cli (built from src/cli by `npm run build`).
require('../dist/cli/index.js');
