#!/usr/bin/env node
// The installed command; the CLI itself is bundled in dist/cli (built from src/cli by `npm run build`).
import '../dist/cli/index.js';
