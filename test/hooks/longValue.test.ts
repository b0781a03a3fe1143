/** The commit-msg hook, through a real `git commit`, refusing a 100 KB value: quoted cut, kept whole. */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../helpers/tempRepo.js';
import { commitMessage, editMsgPath, hookedRepo, readFile } from './helpers.js';

afterAll(removeTempDirs);

describe('hook refusal of a long value', () => {
  it('quotes the start of a 100 KB Task and its length, and keeps the whole message', async () => {
    const repo = await hookedRepo();
    const task = 'y'.repeat(102_400);
    const refused = await commitMessage(repo, `Long\n\nTask: ${task}\nHuman-Estimate: 2h\nClaude-Minutes: 10\n`);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stderr).toContain(`.git/COMMIT_EDITMSG:3: Task: "${'y'.repeat(99)}… (102,400 characters)" is longer than 2,000 characters`);
    expect(refused.stderr.length).toBeLessThan(2_000);
    expect(await readFile(await editMsgPath(repo), 'utf8')).toContain(`Task: ${task}\n`);
  });
});
