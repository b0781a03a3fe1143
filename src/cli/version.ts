/** Kept in step with package.json by test/unit/version.test.ts (a JSON import would drag package.json into the bundle). */
export const PACKAGE_VERSION = '0.1.0';
