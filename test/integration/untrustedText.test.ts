/**
 * Untrusted commit text through `report`, end to end on a real repository: cross-references and
 * bidirectional controls defused in Markdown and named in text, and a 100 KB value cut in the
 * Skipped list of both.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const ZWSP = '\u200b';
const HOSTILE = 'Pay \u202eevil\u202c acme/repo#4 GH-6 per https://github.com/acme/repo/pull/5';

describe('report with hostile commit text', () => {
  it('Markdown and text show no cross-reference, no bidirectional control and no 100 KB value', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: leverageMessage('Hostile task', { Task: HOSTILE, 'Human-Estimate': '2h', 'Claude-Minutes': 10 }), date: '2026-04-12T09:00:00Z' });
    await repo.commit({ message: leverageMessage('Long task', { Task: 'x'.repeat(102_400), 'Human-Estimate': '1h', 'Claude-Minutes': 5 }), date: '2026-04-12T10:00:00Z' });
    const cut = `Task: "${'x'.repeat(99)}… (102,400 characters)" is longer than 2,000 characters`;
    const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

    const md = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC'], { cwd: repo.dir });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain(`| 1 | Pay &lt;U+202E&gt;evil&lt;U+202C&gt; acme/repo#${ZWSP}4 GH-${ZWSP}6 per https:${ZWSP}//github.com/acme/repo/pull/5 |`);
    expect(md.stdout).not.toMatch(bidi);
    expect(md.stdout).toContain(cut);
    expect(md.stdout.length).toBeLessThan(5_000);

    const text = await cli(['report', '--date', '2026-04-12', '--timezone', 'UTC', '--format', 'text'], { cwd: repo.dir });
    expect(text.code, text.stderr).toBe(0);
    // The Task column is cut at 60 characters; the names count in them.
    expect(text.stdout).toContain('1  Pay <U+202E>evil<U+202C> acme/repo#4 GH-6 per https://githu…');
    expect(text.stdout).not.toMatch(bidi);
    expect(text.stdout).toContain(cut);
    expect(text.stdout.length).toBeLessThan(5_000);
  });

  it('validate names bidirectional controls in subjects and problems, and cuts a long value', async () => {
    const repo = await createTempRepo();
    await repo.commit({ message: 'start', date: '2026-04-11T09:00:00Z' });
    await repo.commit({ message: leverageMessage('Subject \u202eevil\u202c here', { Task: 'x'.repeat(102_400), 'Human-Estimate': 'soon \u202e', 'Claude-Minutes': 5 }), date: '2026-04-12T09:00:00Z' });
    const result = await cli(['validate', 'HEAD~1..HEAD'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Subject <U+202E>evil<U+202C> here');
    expect(result.stderr).toContain('"soon <U+202E>"');
    expect(result.stderr).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(result.stderr.length).toBeLessThan(2_000);
  });
});
