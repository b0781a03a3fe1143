/**
 * What GitHub reads besides the code: action.yml as the Marketplace takes it, and the workflows (ours
 * and the examples in the documentation) as the runners run them.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_FORMATS } from '../../src/render/reportFormats.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(root, file), 'utf8');
const workflowFiles = async () => (await readdir(path.join(root, '.github/workflows'))).filter((name) => /\.ya?ml$/.test(name)).map((name) => `.github/workflows/${name}`);

/**
 * The first major of each action that runs on Node 24 (`runs.using: node24`), from their release
 * notes: the Node 20 majors before them are retired from GitHub's runners. An action missing here
 * fails the test, so a new one is looked up before it is used.
 */
const FIRST_NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe('action.yml', () => {
  it('has a description the Marketplace accepts (under 125 characters) and runs the bundle on Node 24', async () => {
    const action = parse(await read('action.yml')) as { name: string; description: string; runs: { using: string; main: string } };
    expect(action.description.length).toBeLessThan(125);
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('the workflows and the documented examples', () => {
  it('use the Node 24 majors of GitHub\'s own actions', async () => {
    const files = [...(await workflowFiles()), 'README.md', ...(await readdir(path.join(root, 'docs'))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    const uses: string[] = [];
    for (const file of files) {
      for (const match of (await read(file)).matchAll(/uses:\s*(actions\/[\w.-]+)@v(\d+)/g)) uses.push(`${file}: ${match[1]}@v${match[2]}`);
    }
    expect(uses.length).toBeGreaterThan(10);
    const old = uses.filter((use) => {
      const [, action = '', major = ''] = /: (.+)@v(\d+)$/.exec(use) ?? [];
      const first = FIRST_NODE24_MAJOR[action];
      return first === undefined || Number(major) < first;
    });
    expect(old).toEqual([]);
  });

  it('cancel superseded runs of a pull request only, never a run on main', async () => {
    const ci = parse(await read('.github/workflows/ci.yml')) as { concurrency: { group: string; 'cancel-in-progress': unknown } };
    expect(ci.concurrency['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
    // Runs outside pull requests get a group of their own: one group per branch would still cancel
    // a run of main that waits behind a newer one.
    expect(ci.concurrency.group).toBe("ci-${{ github.event_name == 'pull_request' && github.ref || github.run_id }}");
    const leverage = parse(await read('.github/workflows/leverage.yml')) as { concurrency: { group: string; 'cancel-in-progress': unknown } };
    expect(leverage.concurrency['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
    expect(leverage.concurrency.group).toBe('leverage-${{ github.event.pull_request.number || github.run_id }}');
  });
});

describe('README.md', () => {
  it('says how to install the package, not only how to run it from a clone', async () => {
    const readme = await read('README.md');
    expect(readme).toMatch(/^npm install -g git-leverage\b/m);
    expect(readme).toMatch(/^npx git-leverage /m);
  });

  it("lists every report format in report's options table", async () => {
    const row = (await read('README.md')).split('\n').find((line) => line.startsWith('| `--format '));
    const listed = /^\| `--format ([^`]+)`/.exec(row ?? '')?.[1]?.split('\\|');
    expect(listed).toEqual([...REPORT_FORMATS]);
  });
});
