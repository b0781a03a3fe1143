import { describe, expect, it } from 'vitest';
import { InputError, readInputs, type InputName } from '../../src/action/readInputs.js';

const reader = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? '';

function problemsOf(values: Partial<Record<InputName, string>>): string[] {
  try {
    readInputs(reader(values));
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('readInputs', () => {
  it('fills the documented defaults', () => {
    expect(readInputs(reader({ 'github-token': 't' }))).toEqual({
      token: 't',
      mode: undefined,
      date: undefined,
      since: undefined,
      until: undefined,
      timezone: undefined,
      range: undefined,
      config: undefined,
      repositories: ['.'],
      failOnInvalid: false,
      commentWhenEmpty: true,
      reportId: 'record',
      commentAuthor: undefined,
      format: 'md',
      outputFile: undefined,
      merge: undefined,
      writeNotes: false,
    });
  });

  it('reads repositories one a line or comma-separated, booleans as YAML writes them, format aliases', () => {
    const inputs = readInputs(reader({ repositories: 'api\n web , tools\n\n', 'fail-on-invalid': 'True', 'comment-when-empty': 'FALSE', format: 'JSON', mode: 'auto' }));
    expect(inputs.repositories).toEqual(['api', 'web', 'tools']);
    expect(readInputs(reader({ 'write-notes': 'true' })).writeNotes).toBe(true);
    expect(() => readInputs(reader({ 'write-notes': 'yes' }))).toThrow('write-notes: "yes" is not a boolean (accepted: true or false)');
    expect(inputs.failOnInvalid).toBe(true);
    expect(inputs.commentWhenEmpty).toBe(false);
    expect(inputs.format).toBe('json');
    expect(inputs.mode).toBeUndefined();
  });

  it('reports every problem at once, naming the input, the value and the accepted form; never the token', () => {
    const problems = problemsOf({ 'github-token': 'secret', mode: 'loud', date: '2026-4-1', 'fail-on-invalid': 'yes', 'report-id': 'a -->', format: 'pdf' });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toContain('mode: "loud" is not a mode (accepted: summary, comment, both, none');
    expect(problems.join('\n')).toContain('date: "2026-4-1" is not a date (accepted: YYYY-MM-DD');
    expect(problems.join('\n')).toContain('report-id: "a -->" is not a report id');
    expect(problems.join('\n')).not.toContain('secret');
  });

  it('refuses two windows at once and until without since', () => {
    expect(problemsOf({ date: '2026-04-12', range: 'a..b' })).toEqual(['date and range cannot be combined: choose one window']);
    expect(problemsOf({ until: '2026-04-12' })).toEqual(['until needs since (a span of whole days)']);
    expect(problemsOf({ range: '--output=/etc/passwd' })[0]).toContain('is not a git range');
  });
});

describe('inputFrom', () => {
  it('reads INPUT_<NAME> as @actions/core getInput does: spaces as _, upper-cased, dashes kept, trimmed, empty when unset', async () => {
    const { inputFrom } = await import('../../src/action/actionContext.js');
    const env = { 'INPUT_OUTPUT-FILE': '  out/leverage.json\n', INPUT_MY_INPUT: 'spaced', INPUT_MODE: 'summary' };
    expect(inputFrom(env, 'output-file')).toBe('out/leverage.json');
    expect(inputFrom(env, 'my input')).toBe('spaced');
    expect(inputFrom(env, 'mode')).toBe('summary');
    expect(inputFrom(env, 'date')).toBe('');
  });
});
