/**
 * Builds the benchmark's repository: `count` commits over three years, written in one
 * `git fast-import` run, deterministic (seeded generator, fixed people and dates), so every run and
 * every machine measures the same history. About a tenth of the commits carry valid leverage
 * trailers; some carry Signed-off-by/Co-authored-by, some only a Task-Id (links), a very few invalid
 * figures (skipped commits, as real histories have). History has a main line with merged topic
 * branches, a release branch with backports and an unmerged experiment, so `--branches` walks several
 * heads. Cached under bench/.work/, keyed by the generator's version and the commit count.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generated history changes, so cached repositories are rebuilt. */
const GENERATOR_VERSION = 1;
/** 2023-11-25T00:00:00Z: three years before the day this benchmark was written. */
export const HISTORY_START = 1700870400;
export const HISTORY_SECONDS = 3 * 365 * 86400;

/** Git that reads no user or system configuration: floor and report must run the same git. */
export function benchGitEnv() {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C', TZ: 'UTC' };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete env[key];
  return env;
}

/** mulberry32: small, seeded, good enough to make a history look varied. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['Ada Okafor', 'ada@example.com', '-0500'],
  ['Bruno Lindqvist', 'bruno@example.com', '+0100'],
  ['Chen Wei', 'chen.wei@example.com', '+0800'],
  ['Dana Whitfield', 'dana@example.com', '-0800'],
  ['Émile Garnier', 'emile@example.com', '+0100'],
  ['Farah Haddad', 'farah@example.com', '+0300'],
  ['Gita Raman', 'gita@example.com', '+0530'],
  ['Hugo Pereira', 'hugo@example.com', '-0300'],
  ['Ines Kowalski', 'ines@example.com', '+0100'],
  ['José Martín', 'jose@example.com', '+0100'],
  ['Kai Nakamura', 'kai@example.com', '+0900'],
  ['Lena Vogel', 'lena@example.com', '+0100'],
];
const VERBS = ['Fix', 'Add', 'Refactor', 'Remove', 'Rename', 'Document', 'Speed up', 'Simplify', 'Test', 'Handle', 'Validate', 'Cache'];
const THINGS = [
  'retry budget', 'session cookie parsing', 'CSV export', 'pagination cursor', 'rate limiter', 'webhook signature check',
  'migration for invoices', 'search index rebuild', 'timezone handling', 'feature flag lookup', 'error page', 'audit log',
  'password reset flow', 'S3 upload', 'dark mode colours', 'OpenAPI schema', 'health check', 'locale fallback',
  'PDF renderer', 'background job queue', 'N+1 query on orders', 'empty state', 'billing proration', 'SSO login',
];
const PLACES = ['api', 'web', 'worker', 'billing', 'auth', 'search', 'admin', 'cli', 'docs', 'infra'];
const SENTENCES = [
  'The previous behaviour dropped the last page when the total was a multiple of the page size.',
  'Callers now get a typed error instead of a bare string, so the UI can say what went wrong.',
  'This keeps the hot path free of allocations; measured on the staging data set.',
  'No behaviour change for existing users; the old flag is read for one more release.',
  'Covered by a new integration test against a real database.',
  'The upstream library fixed the bug in 4.2, so the workaround can go.',
  'Reported by support: customers in UTC+13 saw yesterday\'s invoices.',
  'Split out of a larger change to keep the review small.',
  'See the design note in docs/adr for why this is not done in the gateway.',
  'The timeout was too short for cold starts on the smallest instance type.',
];
const HUMAN_ESTIMATES = ['30m', '45m', '1h', '1.5h', '2h', '3h', '4h', '6h', '8h', '1d', '2d', '12h', '90m', '1h30m', '16h', '0.75h'];
const AGENT_MINUTES = ['4', '6', '8', '10', '12', '15', '20', '25', '2.5', '30m', '45', '1h5m', '18m'];
const TOKENS = ['48k', '120k', '412k', '1.2M', '96000', '2,300,000', '250k'];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** Wraps text at 72 columns, as git's own guidance suggests. */
function wrap(text) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 72) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** One commit message: subject, a body of one to three paragraphs, and a trailer block or none. */
function commitMessage(random, serial, person) {
  const place = pick(random, PLACES);
  const subject = `${place}: ${pick(random, VERBS)} ${pick(random, THINGS)}`;
  const paragraphs = [];
  const bodyParagraphs = random() < 0.25 ? 0 : 1 + Math.floor(random() * 3);
  for (let p = 0; p < bodyParagraphs; p += 1) {
    const sentences = [];
    for (let s = 1 + Math.floor(random() * 3); s > 0; s -= 1) sentences.push(pick(random, SENTENCES));
    paragraphs.push(wrap(sentences.join(' ')));
  }
  const trailers = [];
  const roll = random();
  if (roll < 0.1) {
    // A record: the figures of the work this commit finished.
    const task = `${pick(random, VERBS)} ${pick(random, THINGS)} in ${place} (#${1000 + serial})`;
    if (random() < 0.3) trailers.push(`Task-Id: T-${serial}`);
    trailers.push(`Task: ${task}`, `Human-Estimate: ${pick(random, HUMAN_ESTIMATES)}`, `Claude-Minutes: ${pick(random, AGENT_MINUTES)}`);
    if (random() < 0.7) trailers.push(`Supervisory-Minutes: ${1 + Math.floor(random() * 20)}`);
    if (random() < 0.6) trailers.push(`Tokens: ${pick(random, TOKENS)}`);
  } else if (roll < 0.11) {
    // A link: ties this commit to a task recorded elsewhere.
    trailers.push(`Task-Id: T-${Math.max(1, serial - Math.floor(random() * 500))}`);
  } else if (roll < 0.1105) {
    // A typo a reader must skip and list, never guess.
    trailers.push(`Task: ${subject}`, 'Human-Estimate: a while', 'Claude-Minutes: 12');
  }
  if (random() < 0.2) trailers.push(`Signed-off-by: ${person[0]} <${person[1]}>`);
  if (random() < 0.05) trailers.push(`Co-authored-by: ${pick(random, PEOPLE)[0]} <pair@example.com>`);
  if (trailers.length > 0) paragraphs.push(trailers.join('\n'));
  return `${[subject, ...paragraphs].join('\n\n')}\n`;
}

/**
 * The fast-import stream. Commits are written in time order; every ~150 main-line commits a topic
 * branch of 2–12 commits is merged back with a merge commit. Past the middle of history a release
 * branch forks and collects backports; an experiment branch forks late and is never merged.
 */
function* fastImportStream(count) {
  const random = seededRandom(0x1e7e4a6e);
  const step = HISTORY_SECONDS / count;
  let serial = 0;
  let mark = 0;
  let mainTip = 0;
  const releaseFork = Math.floor(count * 0.6);
  const experimentFork = Math.floor(count * 0.95);
  let releaseTip = 0;
  let experimentTip = 0;
  const files = Array.from({ length: 240 }, (_, i) => `${PLACES[i % PLACES.length]}/src/module${i}.ts`);

  /** Each branch's tip as fast-import holds it: `from` only when a commit does not continue it. */
  const tips = new Map();

  function commit(ref, parents) {
    serial += 1;
    mark += 1;
    const person = PEOPLE[Math.floor(random() * PEOPLE.length)];
    const authorTime = Math.floor(HISTORY_START + serial * step + random() * step * 0.5);
    // Most commits are committed as authored; some were rebased hours later.
    const committerTime = random() < 0.05 ? authorTime + Math.floor(random() * 6 * 3600) : authorTime;
    const message = parents.length > 1 ? `Merge branch 'topic-${serial}'\n` : commitMessage(random, serial, person);
    const file = pick(random, files);
    const content = `// ${file}: revision ${serial}\nexport const revision = ${serial};\n`;
    const lines = [
      `commit ${ref}`,
      `mark :${mark}`,
      `author ${person[0]} <${person[1]}> ${authorTime} ${person[2]}`,
      `committer ${person[0]} <${person[1]}> ${committerTime} ${person[2]}`,
      `data ${Buffer.byteLength(message)}`,
      message,
    ];
    // `from` makes fast-import reload the branch's tree from its pack, which is slow: give it only
    // when the branch does not already stand on the first parent.
    if (parents[0] && tips.get(ref) !== parents[0]) lines.push(`from :${parents[0]}`);
    tips.set(ref, mark);
    for (const parent of parents.slice(1)) lines.push(`merge :${parent}`);
    if (parents.length < 2) lines.push(`M 100644 inline ${file}`, `data ${Buffer.byteLength(content)}`, content);
    return `${lines.join('\n')}\n`;
  }

  while (serial < count) {
    if (serial >= releaseFork && releaseTip === 0) {
      releaseTip = mainTip;
    }
    if (serial >= experimentFork && experimentTip === 0) experimentTip = mainTip;
    const left = count - serial;
    if (releaseTip !== 0 && left > 1 && random() < 0.02) {
      yield commit('refs/heads/release/2025', [releaseTip]);
      releaseTip = mark;
    } else if (experimentTip !== 0 && left > 1 && random() < 0.1) {
      yield commit('refs/heads/experiment', [experimentTip]);
      experimentTip = mark;
    } else if (mainTip !== 0 && left > 14 && random() < 1 / 150) {
      // A topic branch, merged back.
      let topicTip = mainTip;
      for (let n = 2 + Math.floor(random() * 11); n > 0; n -= 1) {
        yield commit('refs/heads/topic', [topicTip]);
        topicTip = mark;
      }
      yield commit('refs/heads/main', [mainTip, topicTip]);
      mainTip = mark;
    } else {
      yield commit('refs/heads/main', mainTip ? [mainTip] : []);
      mainTip = mark;
    }
  }
  // The merged topic branches are gone, as after a pull request.
  yield `reset refs/heads/topic\nfrom 0000000000000000000000000000000000000000\n\n`;
}

function git(args, cwd, input) {
  const result = spawnSync('git', args, { cwd, env: benchGitEnv(), input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Returns the path of a repository with `count` commits, building it unless the cached one is current. */
export async function benchRepository(workDir, count) {
  const dir = path.join(workDir, `history-${count}`);
  const stamp = path.join(workDir, `history-${count}.json`);
  const wanted = JSON.stringify({ generator: GENERATOR_VERSION, count });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(dir)) return dir;

  rmSync(dir, { recursive: true, force: true });
  rmSync(stamp, { force: true });
  mkdirSync(dir, { recursive: true });
  git(['init', '--quiet', '--initial-branch=main'], dir);
  // fast-import mallocs and frees a large buffer per object, and glibc gives the memory back each
  // time (brk); where brk is slow (sandboxes, some VMs) that took 30 s for 5,000 commits instead of
  // 0.4 s. A larger trim threshold keeps the heap; it changes nothing in the repository written.
  const env = { ...benchGitEnv(), GLIBC_TUNABLES: 'glibc.malloc.top_pad=67108864:glibc.malloc.trim_threshold=268435456' };
  const importer = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise((resolve, reject) => {
    importer.on('error', reject);
    importer.on('close', resolve);
  });
  for (const chunk of fastImportStream(count)) {
    if (!importer.stdin.write(chunk)) await new Promise((resolve) => importer.stdin.once('drain', resolve));
  }
  importer.stdin.end('done\n');
  const code = await exited;
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  git(['checkout', '--quiet', '--force', 'main'], dir);
  // Packed and with a commit-graph, as a clone or `git gc` leaves a real repository.
  git(['gc', '--quiet'], dir);
  git(['commit-graph', 'write', '--reachable'], dir);
  const commits = Number(git(['rev-list', '--count', '--all'], dir).trim());
  if (commits !== count) throw new Error(`built ${commits} commits, expected ${count}`);
  writeFileSync(stamp, wanted);
  return dir;
}
