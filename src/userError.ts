/**
 * An error the user can act on (a bad path, config, window, report file): the CLI prints its message
 * alone, without a stack trace, and exits 1. The kinds extend this one class so the CLI recognises
 * them without importing the modules that throw them (and everything those modules load).
 */
export class UserError extends Error {}

/**
 * A request that contradicts itself or names an unknown value (command-line flags, or the Action's
 * inputs that mirror them): the CLI exits 2. Here rather than in cli/ so the window logic, which the
 * Action shares, can say so without importing the command line.
 */
export class UsageError extends UserError {
  override name = 'UsageError';
}
