/**
 * The organisation workflow of docs/organisation.md, checked two ways: its YAML uses only inputs the
 * Action has and wires each job's files to the next; and its data flow, played on real repositories
 * (a JSON report per repository, laid out as actions/download-artifact leaves them, read back by the
 * Action's merge mode), gives the record one collector over every repository gives.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readReportFolder } from '../../src/action/readReportFolder.js';
import { toReportJson } from '../../src/reportJson/renderReportJson.js';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const root = path.resolve(import.meta.dirname, '../..');

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  steps: Step[];
  strategy?: { matrix: Record<string, unknown> };
}

async function documentedWorkflow(): Promise<{ jobs: Record<string, Job> }> {
  const doc = await readFile(path.join(root, 'docs/organisation.md'), 'utf8');
  const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(yaml, 'docs/organisation.md has a yaml block').toBeDefined();
  return parse(yaml as string);
}

const ourSteps = (job: Job) => job.steps.filter((step) => step.uses?.includes('git-leverage'));
const stepUsing = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(action)) as Step;

describe('docs/organisation.md workflow', () => {
  it('uses only inputs that action.yml declares', async () => {
    const workflow = await documentedWorkflow();
    const inputs = Object.keys(parse(await readFile(path.join(root, 'action.yml'), 'utf8')).inputs);
    const used = Object.values(workflow.jobs).flatMap((job) => ourSteps(job).flatMap((step) => Object.keys(step.with ?? {})));
    expect(used.length).toBeGreaterThan(5);
    for (const input of used) expect(inputs, `input "${input}"`).toContain(input);
  });

  it('runs the Action once per repository, uploads what it writes, and merges what was uploaded', async () => {
    const { jobs } = await documentedWorkflow();
    const report = jobs.report as Job;
    expect(report.strategy?.matrix.repository).toBe('${{ fromJSON(needs.plan.outputs.repositories) }}');
    const [collect] = ourSteps(report);
    expect(collect?.with).toMatchObject({ format: 'json', repositories: '${{ matrix.repository }}' });
    expect(stepUsing(report, 'actions/upload-artifact').with?.path).toBe(collect?.with?.['output-file']);
    expect(stepUsing(report, 'actions/upload-artifact').with?.name).toBe('leverage-${{ matrix.repository }}');

    const merge = jobs.merge as Job;
    expect(merge.needs).toBe('report');
    const download = stepUsing(merge, 'actions/download-artifact').with;
    expect(download?.pattern).toBe('leverage-*');
    const merging = ourSteps(merge);
    expect(merging.map((step) => step.with?.merge)).toEqual([download?.path, download?.path]);
    expect(merging.map((step) => step.with?.format)).toEqual(['json', 'html']);
    expect(stepUsing(merge, 'actions/upload-pages-artifact').with?.path).toBe('site/');
  });

  it('its data flow on real repositories: per-repository reports merged by the Action equal one collector over all', async () => {
    const repos = await Promise.all(['api', 'web', 'billing'].map((name) => createTempRepo({ name })));
    let hour = 8;
    for (const repo of repos) {
      await repo.commit({ message: leverageMessage('shared', { Task: 'Org-wide login', 'Task-Id': 'ORG-7', 'Human-Estimate': '6h', 'Claude-Minutes': 20 }), date: `2026-11-17T${hour++}:00:00-05:00` });
      await repo.commit({ message: leverageMessage('own', { Task: `Own work in ${path.basename(repo.dir)}`, 'Human-Estimate': '3h', 'Claude-Minutes': 15, 'Supervisory-Minutes': 3 }), date: `2026-11-19T${hour++}:00:00-05:00` });
    }
    const workspace = await makeTempDir();
    const window = ['--since', '2026-11-16', '--until', '2026-11-22', '--timezone', 'America/New_York'];
    for (const repo of repos) {
      const name = path.basename(repo.dir);
      const written = path.join(workspace, 'leverage', `${name}.json`);
      await mkdir(path.dirname(written), { recursive: true });
      expect((await cli(['report', '--repo', repo.dir, ...window, '--format', 'json', '-o', written], { cwd: workspace })).code).toBe(0);
      // actions/download-artifact with a pattern: reports/<artifact name>/<file>.
      await mkdir(path.join(workspace, 'reports', `leverage-${name}`), { recursive: true });
      await rename(written, path.join(workspace, 'reports', `leverage-${name}`, `${name}.json`));
    }
    const merged = await readReportFolder(path.join(workspace, 'reports'), 'reports');
    expect(merged.files).toHaveLength(3);
    const together = JSON.parse((await cli(['report', ...repos.flatMap((repo) => ['--repo', repo.dir]), ...window, '--format', 'json'], { cwd: workspace })).stdout);
    const mergedJson = toReportJson(merged.report);
    // Figures as one collector gives them; estimate checks stay each report's own (test/estimates/mergeEstimates.test.ts).
    const figures = (tasks: Record<string, unknown>[]) => tasks.map(({ estimateCheck: _check, ...task }) => task);
    expect(figures(mergedJson.tasks)).toEqual(figures(together.tasks));
    expect(mergedJson.totals).toEqual(together.totals);
    expect(mergedJson.tasks[0]).toMatchObject({ taskId: 'ORG-7', humanMinutes: 18 * 60, repositories: ['api', 'billing', 'web'] });
  });
});
