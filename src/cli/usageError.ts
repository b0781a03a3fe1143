/** A command line that contradicts itself or names an unknown option value: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
