import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAILER_OPTIONS, describeProblem, readLeverageTrailers, type Trailer } from '../../src/trailers/trailerSchema.js';

const t = (pairs: Record<string, string>): Trailer[] => Object.entries(pairs).map(([key, value]) => ({ key, value }));
const read = (pairs: Record<string, string>) => readLeverageTrailers(t(pairs), DEFAULT_TRAILER_OPTIONS);
const problemsOf = (pairs: Record<string, string>) => {
  const verdict = read(pairs);
  return verdict.kind === 'invalid' ? verdict.problems.map(describeProblem) : [];
};
const RECORD = { Task: 'Ship it', 'Human-Estimate': '3h', 'Claude-Minutes': '20' };

describe('Estimated-By and Agent describe a record', () => {
  it('are kept on the record, the three estimator kinds in one spelling', () => {
    expect(read({ ...RECORD, 'Estimated-By': 'Agent', Agent: 'codex' })).toEqual({
      kind: 'record',
      figures: { task: 'Ship it', taskId: undefined, humanMinutes: 180, claudeMinutes: 20, supervisoryMinutes: undefined, tokens: undefined, estimatedBy: 'agent', agent: 'codex' },
    });
    const named = read({ ...RECORD, 'estimated-by': ' Dana Reyes ' });
    expect(named.kind === 'record' && named.figures.estimatedBy).toBe('Dana Reyes');
  });

  it('a record without them carries no such fields (reports without them stay as they were)', () => {
    const verdict = read(RECORD);
    expect(verdict.kind === 'record' && Object.keys(verdict.figures)).toEqual(['task', 'taskId', 'humanMinutes', 'claudeMinutes', 'supervisoryMinutes', 'tokens']);
  });

  it('alone they are not leverage trailers: another tool\'s Agent trailer leaves a commit alone', () => {
    expect(read({ Agent: 'renovate-bot', 'Estimated-By': 'x' })).toEqual({ kind: 'none' });
  });

  it('on a link they are refused, saying what they belong to', () => {
    expect(problemsOf({ Task: 'Ship it', Agent: 'codex', 'Estimated-By': 'human' })).toEqual([
      'Estimated-By: "human" says who made the Human-Estimate, and this commit has none (accepted: agent, human, team, or the name of who estimated (one line, at most 100 characters))',
      expect.stringMatching(/^Agent: "codex" names the agent of a record, and this commit has no figures/),
    ]);
  });

  it('bad values are refused with the accepted form', () => {
    expect(problemsOf({ ...RECORD, Agent: 'claude code <bot>' })).toEqual([expect.stringMatching(/^Agent: "claude code <bot>" is not an agent name \(accepted: the coding agent/)]);
    expect(problemsOf({ ...RECORD, 'Estimated-By': 'x'.repeat(101) })).toEqual([expect.stringMatching(/is longer than 100 characters/)]);
  });
});

describe('Human-Actual: a calibration pair, not a record', () => {
  it('Human-Estimate with Human-Actual and no agent figures is a calibration pair', () => {
    expect(read({ Task: 'Fix the parser', 'Human-Estimate': '2h', 'Human-Actual': '6h', 'Estimated-By': 'team' })).toEqual({
      kind: 'calibration',
      figures: { task: 'Fix the parser', taskId: undefined, humanMinutes: 120, humanActualMinutes: 360, estimatedBy: 'team' },
    });
  });

  it('needs Task and Human-Estimate, each named when missing', () => {
    expect(problemsOf({ 'Human-Actual': '6h' })).toEqual([
      expect.stringMatching(/^Task is missing: a commit with Human-Actual needs Task and Human-Estimate/),
      expect.stringMatching(/^Human-Estimate is missing: a commit with Human-Actual needs Task and Human-Estimate/),
    ]);
  });

  it('is refused beside an agent\'s figures, and an Agent is refused beside it', () => {
    expect(problemsOf({ ...RECORD, 'Human-Actual': '6h' })).toEqual([expect.stringMatching(/^Human-Actual: "6h" is the time a person took without an agent, and this commit records an agent's work \(Claude-Minutes\)/)]);
    expect(problemsOf({ Task: 'x', 'Human-Estimate': '2h', 'Human-Actual': '6h', Agent: 'codex' })).toEqual([expect.stringMatching(/^Agent: "codex" names the agent that worked, and a commit with Human-Actual records work done without one/)]);
  });

  it('reads durations as Human-Estimate does, with its bounds', () => {
    const verdict = read({ Task: 'x', 'Human-Estimate': '1d', 'Human-Actual': '1h30m' });
    expect(verdict.kind === 'calibration' && verdict.figures).toMatchObject({ humanMinutes: 480, humanActualMinutes: 90 });
    expect(problemsOf({ Task: 'x', 'Human-Estimate': '2h', 'Human-Actual': '0' })).toEqual([expect.stringMatching(/^Human-Actual: "0" is not more than zero; the actual time must be more than zero/)]);
  });
});
