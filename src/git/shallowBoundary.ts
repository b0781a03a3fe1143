/**
 * A shallow clone's history stops at its boundary commits. A walk that reaches one authored in the
 * window (or after its start) may be missing commits of the window: that is an error naming the fix.
 */
import type { ReportWindow } from '../record/types.js';
import { UserError } from '../userError.js';
import type { Repository } from './openRepository.js';
import { runGitRaw } from './runGit.js';

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

/**
 * Where a shallow clone's history stops: the latest author time among its boundary commits; undefined
 * for a complete clone, or when git cannot say. A walk that must not fail on the boundary starts just
 * after it (the estimate check's look-back, `report --calibrated`'s pairs) and says so.
 */
export async function shallowHistoryStop(repo: Pick<Repository, 'shallowBoundary' | 'root'>): Promise<number | undefined> {
  if (repo.shallowBoundary.size === 0) return undefined;
  const result = await runGitRaw(['show', '-s', '--no-show-signature', '--format=%at', ...repo.shallowBoundary], repo.root);
  const times = result.stdout.split('\n').filter(Boolean).map(Number);
  return result.exitCode === 0 && times.length > 0 ? Math.max(...times) : undefined;
}
