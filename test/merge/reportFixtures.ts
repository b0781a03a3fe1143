/** Hand-made report pieces shared by the merge tests: every shape a report's commit takes. */
import type { LeverageCommit } from '../../src/record/types.js';
import type { LeverageFigures } from '../../src/trailers/trailerSchema.js';

export const WINDOW = { kind: 'days', label: '2026-04-01 to 2026-04-30', timezone: 'UTC', start: 1775001600, end: 1777593600 } as const;

let counter = 0;
function sha(): string {
  counter += 1;
  return counter.toString(16).padStart(40, '0');
}

/** A record commit of `task` (figures 120 minutes against 10), with any field replaced. */
export function recordCommit(task: string, extra: Partial<LeverageCommit> = {}, figures: Partial<LeverageFigures> = {}): LeverageCommit {
  return {
    repo: 'api',
    sha: sha(),
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authorTime: 1_776_000_000 + counter * 60,
    subject: `commit ${counter}`,
    // The figures' keys in the order the trailer schema writes them.
    verdict: { kind: 'record', figures: { task, taskId: undefined, humanMinutes: 120, claudeMinutes: 10, supervisoryMinutes: undefined, tokens: undefined, ...figures } },
    ...extra,
  };
}

/** Every shape a report's commit takes: records with and without the optional figures, links, skipped commits. */
export function sampleCommits(): LeverageCommit[] {
  return [
    recordCommit('Full', {}, { taskId: 'FULL-1', supervisoryMinutes: 5, tokens: 1000 }),
    recordCommit('Minimal'),
    recordCommit('No tokens', { repo: 'web' }, { supervisoryMinutes: 2 }),
    { ...recordCommit('x'), verdict: { kind: 'link', task: 'Minimal', taskId: undefined } },
    { ...recordCommit('x'), verdict: { kind: 'link', task: undefined, taskId: 'FULL-1' } },
    { ...recordCommit('x'), verdict: { kind: 'link', task: 'Nobody', taskId: undefined } },
    {
      ...recordCommit('x'),
      verdict: {
        kind: 'invalid',
        problems: [
          { key: 'Human-Estimate', value: 'soon', message: 'is not a duration', accepted: '8h' },
          { key: 'Claude-Minutes', value: undefined, message: 'is missing', accepted: '20' },
        ],
      },
    },
  ];
}

/** A report's text as `report --format json` writes it (undefined members left out by JSON). */
export function reportText(commits: unknown[], more: Record<string, unknown> = {}): string {
  return JSON.stringify({ schemaVersion: 1, generator: 'git-leverage', window: WINDOW, agent: 'Claude', repositories: ['api', 'web'], tasks: [], commits, ...more }, null, 2);
}
