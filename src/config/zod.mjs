// zod as the bundles take it: only the functions below. An ES module on purpose. ncc compiles our
// TypeScript to CommonJS (scripts/build.mjs), and a CommonJS `require('zod')` gets zod's CommonJS
// build whole, every locale with it (1 MB: importing the config parser took ~115 ms on Node 20,
// ~75 ms through this file). Imported from an ES module, zod's ES build is picked, and webpack keeps
// what these names need (the English messages too: zod's schemas load them). Name a function here
// and in zod.d.mts before using it; schemas are built at module load, so a name missing here fails
// every test that imports them.
export { array, boolean, discriminatedUnion, enum, literal, number, object, string } from 'zod';
