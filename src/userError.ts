/**
 * An error the user can act on (a bad path, config, window, report file): the CLI prints its message
 * alone, without a stack trace, and exits 1. The kinds extend this one class so the CLI recognises
 * them without importing the modules that throw them (and everything those modules load).
 */
export class UserError extends Error {}
