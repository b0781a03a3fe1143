/**
 * The demo's commits change a plausible number of lines for their estimates (src/demo/demoTasks.ts),
 * so its Estimate check flags exactly the two tasks made deliberately off, one each way.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TASKS, demoChangedLines } from '../../src/demo/demoTasks.js';
import { cli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

interface Row {
  task: string;
  estimateCheck: { changedLines: number; flagged: boolean; reason: string };
}

describe('the demo and the estimate check', () => {
  it('flags the audit with a six-line change and the half-hour scaffold of 1,500 lines, and no other task', async () => {
    const json = JSON.parse((await cli(['demo', '--format', 'json'], { cwd: await makeTempDir() })).stdout) as { tasks: Row[]; estimateReference: { tasks: number; hoursPerLine: number } };
    expect(json.estimateReference.tasks).toBe(37);
    expect(json.estimateReference.hoursPerLine).toBeGreaterThan(1 / 30 / 1.5);
    expect(json.estimateReference.hoursPerLine).toBeLessThan(1 / 30 / 0.6);
    // Every task's change is what the demo wrote: its file and its line in WORKLOG.md.
    for (const [index, task] of DEMO_TASKS.entries()) {
      expect(json.tasks.find((row) => row.task === task.task)?.estimateCheck.changedLines).toBe(demoChangedLines(task, index));
    }
    const flagged = json.tasks.filter((row) => row.estimateCheck.flagged);
    expect(flagged.map((row) => row.task.slice(0, 39))).toEqual(['Full security audit across 57 repos: 27', 'Create client site static site scaffold']);
    expect(flagged[0]?.estimateCheck.reason).toMatch(/^8 h for 6 changed lines; tasks here run about 0\.0\d+ h per line, so about 0\.\d+ h \([\d.]+x above\)$/);
    expect(flagged[1]?.estimateCheck.reason).toMatch(/^0\.5 h for 1,500 changed lines; .* \([\d.]+x below\)$/);

    const markdown = (await cli(['demo'], { cwd: await makeTempDir() })).stdout;
    const section = markdown.slice(markdown.indexOf('## Estimate check'));
    expect(markdown.indexOf('## Estimate check')).toBeGreaterThan(markdown.indexOf('## Aggregate Statistics'));
    expect(section).toContain('2 of 37 tasks have estimates more than 4x away from what their change size suggests (judged against 37 reference tasks of this window and the 90 days before it). Their estimates add 8.5h of the 1,222.75h total.');
  });
});
