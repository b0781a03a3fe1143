/**
 * The Claude Code plugin (plugins/git-leverage) and its marketplace (.claude-plugin/marketplace.json):
 * the manifests hold what Claude Code requires, every command and skill has frontmatter that parses,
 * the `/leverage` command's shell line runs the real CLI in a real repository, and the commit message
 * the skill teaches passes the hooks and counts in the report. When Claude Code's own validator
 * (`claude plugin validate`, offline, no login) is installed, it must accept both folders too.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { commitMessage, hookedRepo, reportVerdictOfHead } from '../hooks/helpers.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

afterAll(removeTempDirs);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pluginDir = path.join(root, 'plugins', 'git-leverage');
const packageVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

// Claude Code's rules, from its marketplace and manifest references: kebab-case names, a relative
// `source` that starts with "./", an owner with a name.
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');
const marketplaceSchema = z.object({
  name: kebab,
  description: z.string().min(1),
  owner: z.object({ name: z.string().min(1) }).loose(),
  plugins: z
    .array(z.object({ name: kebab, source: z.string().startsWith('./'), description: z.string().min(1) }).loose())
    .min(1),
});
const pluginSchema = z
  .object({ name: kebab, version: z.string(), description: z.string().min(1), license: z.string().min(1) })
  .loose();
const commandFrontmatter = z.object({ description: z.string().min(1), 'allowed-tools': z.string().min(1) }).strict();
const skillFrontmatter = z.object({ name: kebab, description: z.string().min(1) }).strict();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Splits a Markdown file into its YAML frontmatter (parsed) and body; throws when there is none. */
function frontmatter(file: string): { data: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  return { data: parseYaml(match[1]!), body: match[2]! };
}

/**
 * The inline shell directives of a command or skill (`!` then a backquoted command). Claude Code runs
 * each one, after a permission check, when the command or skill is loaded, wherever it stands in the
 * text (anthropics/claude-plugins-official#602: an example in prose broke a skill).
 */
function shellDirectives(body: string): string[] {
  return [...body.matchAll(/!`([^`]+)`/g)].map((m) => m[1]!);
}

const marketplace = marketplaceSchema.parse(readJson(path.join(root, '.claude-plugin', 'marketplace.json')));
const commandFiles = readdirSync(path.join(pluginDir, 'commands')).filter((f) => f.endsWith('.md'));
const skillDirs = readdirSync(path.join(pluginDir, 'skills'));

describe('the marketplace and the plugin manifest', () => {
  it('lists the plugin folder, whose manifest names the same plugin at the package version', () => {
    expect(marketplace.plugins.map((p) => [p.name, p.source])).toEqual([['git-leverage', './plugins/git-leverage']]);
    const manifest = pluginSchema.parse(readJson(path.join(root, marketplace.plugins[0]!.source, '.claude-plugin', 'plugin.json')));
    expect(manifest.name).toBe(marketplace.plugins[0]!.name);
    // The plugin's commands call the package's CLI: one version for both keeps a release coherent.
    expect(manifest.version).toBe(packageVersion);
  });

  it('keeps components at the plugin root, not inside .claude-plugin/', () => {
    expect(readdirSync(path.join(pluginDir, '.claude-plugin'))).toEqual(['plugin.json']);
    expect(existsSync(path.join(pluginDir, 'README.md'))).toBe(true);
  });
});

describe('commands and skills', () => {
  it('has the /leverage command and the commit skill', () => {
    expect(commandFiles).toEqual(['leverage.md']);
    expect(skillDirs).toEqual(['leverage-trailers']);
  });

  it.each(commandFiles)('commands/%s: frontmatter parses; each shell line is one command its allowed-tools pre-approve', (file) => {
    const { data, body } = frontmatter(path.join(pluginDir, 'commands', file));
    const parsed = commandFrontmatter.parse(data);
    const prefixes = [...parsed['allowed-tools'].matchAll(/Bash\(([^)]*?):\*\)/g)].map((m) => m[1]!);
    const directives = shellDirectives(body);
    expect(directives.length).toBeGreaterThan(0);
    for (const command of directives) {
      expect(prefixes.some((prefix) => command.startsWith(prefix)), command).toBe(true);
      // A compound command (;, &&, ||, |, $(...)) fails Claude Code's permission check for the whole file.
      expect(command, command).not.toMatch(/[;&|$<>`\\]/);
    }
  });

  it.each(skillDirs)('skills/%s/SKILL.md: frontmatter parses, names its folder, runs nothing when loaded', (dir) => {
    const { data, body } = frontmatter(path.join(pluginDir, 'skills', dir, 'SKILL.md'));
    expect(skillFrontmatter.parse(data).name).toBe(dir);
    expect(shellDirectives(body)).toEqual([]);
  });

  it('the skill states the rubric and leaves the measured trailers to the hook', () => {
    const { body } = frontmatter(path.join(pluginDir, 'skills', 'leverage-trailers', 'SKILL.md'));
    for (const phrase of ['competent engineer who already knows', 'without AI assistance', 'Never inflate', 'Estimated-By: agent', 'measure: true', 'git-leverage hook install --measure']) {
      expect(body).toContain(phrase);
    }
    // The example message carries no measured figure: those are the hook's.
    const example = /```\n([\s\S]*?)```/.exec(body)![1]!;
    expect(example).not.toMatch(/^(Claude-Minutes|Supervisory-Minutes|Tokens):/m);
  });
});

/** Runs a shell line the way Claude Code's Bash tool does (`sh -c`) in a folder. */
function runShell(line: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', line], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('in a real repository', () => {
  it('the skill\'s example message passes the hooks, and /leverage prints it in today\'s record', async () => {
    const repo = await hookedRepo(['--prepare']);
    const skill = frontmatter(path.join(pluginDir, 'skills', 'leverage-trailers', 'SKILL.md')).body;
    const example = /```\n([\s\S]*?)```/.exec(skill)![1]!;
    const now = new Date().toISOString();
    // LEVERAGE_CLAUDE_MINUTES stands in for the measurement: the same prepare-commit-msg hook adds it.
    const committed = await commitMessage(repo, example, [], { LEVERAGE_CLAUDE_MINUTES: '12', GIT_AUTHOR_DATE: now, GIT_COMMITTER_DATE: now });
    expect(committed.stderr).toBe('');
    expect(committed.exitCode).toBe(0);
    expect((await reportVerdictOfHead(repo)).kind).toBe('record');

    // A project that installed the package: node_modules/git-leverage and its bin link, as npm lays them out.
    await writeFile(path.join(repo.dir, 'package.json'), '{ "private": true, "devDependencies": { "git-leverage": "*" } }\n');
    await mkdir(path.join(repo.dir, 'node_modules', '.bin'), { recursive: true });
    await symlink(root, path.join(repo.dir, 'node_modules', 'git-leverage'));
    await symlink(path.join('..', 'git-leverage', 'bin', 'git-leverage.js'), path.join(repo.dir, 'node_modules', '.bin', 'git-leverage'));

    const [line] = shellDirectives(frontmatter(path.join(pluginDir, 'commands', 'leverage.md')).body);
    const run = await runShell(line!, repo.dir, { ...repo.env, TZ: 'UTC' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`# Leverage Record: ${now.slice(0, 10)}`);
    expect(run.stdout).toContain('| 1 | Retry failed webhook deliveries with backoff | 5h | 12m | - | 25.0x | - |');
    expect(run.stdout).not.toContain('Skipped commits');
    expect(run.stdout).not.toContain('```mermaid');
  });
});

// Claude Code's own validator. Not a dependency of this project (its npm package carries a ~400 MB
// native binary); it runs when a `claude` binary is found: CLAUDE_BIN, else `claude` on PATH.
const claudeBin =
  process.env.CLAUDE_BIN ??
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, 'claude'))
    .find((file) => existsSync(file));

describe.skipIf(!claudeBin)(`claude plugin validate (${claudeBin ?? 'skipped: no claude binary; set CLAUDE_BIN or put claude on PATH'})`, () => {
  it.each([
    ['the marketplace', root],
    ['the plugin', pluginDir],
  ])('accepts %s with --strict', async (_name, target) => {
    // A home of its own: the binary writes its settings and telemetry folders there.
    const home = await makeTempDir('git-leverage-claude-home-');
    const run = await runShell(`"${claudeBin}" plugin validate --strict "${target}"`, root, {
      PATH: process.env.PATH,
      HOME: home,
      CLAUDE_CONFIG_DIR: path.join(home, '.claude'),
      DISABLE_TELEMETRY: '1',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    });
    expect(run.stdout + run.stderr).toContain('Validation passed');
    expect(run.code).toBe(0);
  });
});
