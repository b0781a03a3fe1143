/**
 * A shallow clone's history stops at its boundary commits. A walk that reaches one authored in the
 * window (or after its start) may be missing commits of the window: that is an error naming the fix.
 */
import type { ReportWindow } from '../record/types.js';
import { UserError } from '../userError.js';
import type { Repository } from './openRepository.js';

export class ShallowHistoryError extends UserError {
  override name = 'ShallowHistoryError';
}

/** Notes the boundary commits a walk reaches; check() throws when one of them counts. */
export class ShallowBoundaryWatch {
  private reached: string | undefined;
  constructor(
    private readonly repo: Repository,
    private readonly window: ReportWindow,
  ) {}

  /** Whether the repository has a boundary at all (else see() need not be called). */
  get watching(): boolean {
    return this.repo.shallowBoundary.size > 0;
  }

  see(sha: string, authorTime: number): void {
    if (!this.repo.shallowBoundary.has(sha)) return;
    if (this.window.start === undefined || authorTime >= this.window.start) this.reached = sha;
  }

  check(): void {
    if (this.reached === undefined) return;
    throw new ShallowHistoryError(
      `${this.repo.given} is a shallow clone whose history stops at ${this.reached.slice(0, 12)}, inside the report's window, so commits may be missing. ` +
        'Fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`).',
    );
  }
}
