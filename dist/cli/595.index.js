"use strict";
exports.id = 595;
exports.ids = [595];
exports.modules = {

/***/ 4595:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addWindowOptions = addWindowOptions;
exports.collectFromFlags = collectFromFlags;
exports.emitReport = emitReport;
exports.registerReportCommand = registerReportCommand;
/**
 * `git-leverage report`: the Leverage Record of a day, a span of days, a git range or all history,
 * over one or more repositories.
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const commander_1 = __webpack_require__(8909);
const collectReport_js_1 = __webpack_require__(4442);
const loadConfig_js_1 = __webpack_require__(6494);
const renderReport_js_1 = __webpack_require__(2008);
const reportFormats_js_1 = __webpack_require__(5882);
const periodUnits_js_1 = __webpack_require__(6626);
const userError_js_1 = __webpack_require__(40);
const writeChunks_js_1 = __webpack_require__(819);
const checkSummaryFormat_js_1 = __webpack_require__(5275);
const windowRequest_js_1 = __webpack_require__(7941);
const readCommitBaseUrls_js_1 = __webpack_require__(1288);
/** The options every command that reads history shares (report, dashboard, the Action's inputs). */
function addWindowOptions(command) {
    return command
        .option('--date <YYYY-MM-DD>', 'one calendar day (default: today in --timezone)')
        .option('--since <YYYY-MM-DD>', 'first day of a span of whole days')
        .option('--until <YYYY-MM-DD>', 'last day of the span (default: today)')
        .option('--range <A..B>', "exactly git's range, e.g. origin/main..HEAD (for pull requests)")
        .option('--all-history', 'every commit reachable from the walked revisions')
        .option('--timezone <zone>', 'IANA zone the days are counted in (default: config, then this machine)')
        .option('--repo <dir>', 'a repository to read; repeat for several (default: .)', (value, previous = []) => [...previous, value])
        .option('--all', 'walk remote-tracking branches and tags too (default: local branches and HEAD)')
        .option('--rev <revision>', 'walk this revision instead of the branches; repeat for several', (value, previous = []) => [...previous, value])
        .option('--config <file>', 'configuration file (default: .leverage.yml at the first repository)');
}
/** Opens the repositories, loads the config and collects the report the flags describe. */
async function collectFromFlags(flags, io) {
    (0, windowRequest_js_1.checkWindowRequest)(flags);
    const repositories = await (0, collectReport_js_1.openRepositories)(flags.repo.length > 0 ? flags.repo : ['.'], io.cwd);
    const loaded = await (0, loadConfig_js_1.loadConfig)(repositories[0]?.root ?? io.cwd, flags.config && node_path_1.default.resolve(io.cwd, flags.config));
    const config = flags.estimateCheck === false ? { ...loaded, estimates: { ...loaded.estimates, check: false } } : loaded;
    const now = io.now();
    const window = (0, windowRequest_js_1.resolveWindow)(flags, config.timezone, now);
    const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
    const report = await (0, collectReport_js_1.collectReport)({ repositories, window, config, now, ...(revs ? { revs } : {}), ...(flags.sort ? { sort: flags.sort } : {}) });
    return { report, config, repositories };
}
/** Prints (or writes) a rendered report and says on stderr what was skipped; --strict turns that into exit 1. */
async function emitReport(report, format, flags, context, options = {}) {
    const { io } = context;
    await (0, writeChunks_js_1.writeChunks)((0, renderReport_js_1.renderReportChunks)(report, format, options), flags.output, context);
    const skipped = report.record.skipped.length;
    if (skipped > 0) {
        io.stderr(`git-leverage: ${skipped} commit${skipped === 1 ? '' : 's'} skipped: leverage trailers that do not validate (listed in the report)\n`);
        if (flags.strict)
            context.setExitCode(1);
    }
}
function registerReportCommand(program, context) {
    const command = program
        .command('report')
        .description('print the Leverage Record of a day, a span of days, a range or all history');
    addWindowOptions(command)
        .addOption(new commander_1.Option('--format <format>', `output format: ${reportFormats_js_1.REPORT_FORMATS.join(', ')}`).default('md'))
        .addOption(new commander_1.Option('--sort <order>', 'Task Log order').choices(['factor', 'time']))
        .option('--strict', 'exit 1 when any commit is skipped for invalid trailers')
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .addOption(new commander_1.Option('--by <period>', 'roll the record up by calendar period in the zone (weeks start on Monday)').choices(periodUnits_js_1.PERIOD_UNITS))
        .option('--summary', 'headline, chart and roll-up without the Task Log (md and text)')
        .addOption(new commander_1.Option('--chart <kind>', 'chart in Markdown output (default: none on a terminal, else config chart, then mermaid)').choices(['mermaid', 'none']))
        .option('--calibrated', 'add calibrated hours and factors beside the raw ones, from the Human-Actual pairs of all history up to the window\'s end (md, text, json)')
        .option('--no-estimate-check', 'leave out the estimate check for this run, whatever the config says (no look-back walk, no change sizes)')
        .action(async (flags) => {
        const format = (0, reportFormats_js_1.parseReportFormat)(flags.format);
        if (!format)
            throw new userError_js_1.UsageError(`unknown --format "${flags.format}" (accepted: ${reportFormats_js_1.REPORT_FORMATS.join(', ')})`);
        (0, checkSummaryFormat_js_1.checkSummaryFormat)(format, flags.summary);
        if (flags.calibrated && (format === 'csv' || format === 'html'))
            throw new userError_js_1.UsageError(`--calibrated works with --format md, text or json, not ${format}`);
        const { report, config, repositories } = await collectFromFlags({ ...flags, repo: flags.repo ?? [] }, context.io);
        if (flags.calibrated) {
            // Loaded only when asked for, as commands are (program.ts): a plain report reads none of it.
            const { calibrateReport } = await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 5205));
            const revs = flags.rev ?? (flags.all ? ['--all'] : undefined);
            report.calibration = await calibrateReport(report, { repositories, config, now: context.io.now(), ...(revs ? { revs } : {}) });
        }
        const options = {
            // Mermaid is drawn where Markdown is published (GitHub, a file); a terminal shows its source.
            chart: flags.chart ?? (format === 'md' && !flags.output && context.io.stdoutIsTerminal ? 'none' : config.chart),
            ...(flags.by ? { by: flags.by } : {}),
            ...(flags.summary ? { summary: true } : {}),
            ...(format === 'html' ? { commitBaseUrls: await (0, readCommitBaseUrls_js_1.readCommitBaseUrls)(repositories) } : {}),
        };
        await emitReport(report, format, flags, context, options);
    });
}


/***/ }),

/***/ 532:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lookbackStart = lookbackStart;
exports.createEstimateCheck = createEstimateCheck;
const checkEstimates_js_1 = __webpack_require__(1784);
const changeSizes_js_1 = __webpack_require__(7610);
const shallowBoundary_js_1 = __webpack_require__(4166);
const buildRecord_js_1 = __webpack_require__(8548);
const reportWindow_js_1 = __webpack_require__(7084);
const DAY = 86_400;
/** The look-back's start for a window (undefined: the window is its own reference: all history, a range). */
function lookbackStart(window, lookbackDays) {
    if (window.start === undefined || window.range !== undefined || lookbackDays === 0)
        return undefined;
    return window.start - lookbackDays * DAY;
}
function isoDay(seconds) {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}
/** Collects the look-back while the collector walks, then checks the report's tasks. */
function createEstimateCheck(window, config) {
    const settings = config.estimates;
    const lookback = (0, buildRecord_js_1.createRecordBuilder)({ sort: 'time' });
    const notes = [];
    const start = lookbackStart(window, settings.lookbackDays);
    return {
        /** The window the walk of `repo` reads: the report's, extended back by the look-back (cut at a shallow clone's boundary). */
        async walkWindow(repo) {
            if (start === undefined || window.start === undefined)
                return window;
            const cutoff = await (0, shallowBoundary_js_1.shallowHistoryStop)(repo);
            // A boundary inside the window is the walk's own error, raised as without the check.
            if (cutoff === undefined || cutoff >= window.start || cutoff < start)
                return { ...window, start };
            // The boundary commit itself is the last one the clone holds whole; from just after it, the walk never reaches it.
            notes.push(`${repo.label} is a shallow clone: its look-back starts at ${isoDay(cutoff)}, where its history stops, not ${isoDay(start)} (fetch more history for a fuller reference)`);
            return { ...window, start: cutoff + 1 };
        },
        /** Takes a commit of the look-back (true) or leaves one of the window to the report (false). */
        takeLookback(commit) {
            if (start === undefined || (0, reportWindow_js_1.isInWindow)(window, commit.authorTime))
                return false;
            lookback.add(commit);
            return true;
        },
        /** Sets `estimateCheck` on every task of `record`; returns what they were judged against. */
        async check(record, repositories) {
            if (record.tasks.length === 0)
                return undefined;
            const inWindow = new Set(record.tasks.map((task) => task.key));
            const reference = [...record.tasks, ...lookback.finish().tasks.filter((task) => !inWindow.has(task.key))];
            const shasByRepo = new Map();
            for (const task of reference) {
                for (const commit of task.commits) {
                    const shas = shasByRepo.get(commit.repo) ?? new Set();
                    shas.add(commit.sha);
                    shasByRepo.set(commit.repo, shas);
                }
            }
            const linesByCommit = new Map();
            // One repository at a time, as the walk: two git processes would share two cores with the reader.
            for (const repo of repositories) {
                const shas = shasByRepo.get(repo.label);
                if (shas === undefined)
                    continue;
                for (const [sha, lines] of await (0, changeSizes_js_1.readChangeSizes)(repo, [...shas], settings.exclude))
                    linesByCommit.set((0, checkEstimates_js_1.commitKey)(repo.label, sha), lines);
            }
            const { checks, hoursPerLine, referenceTasks } = (0, checkEstimates_js_1.checkEstimates)(record.tasks, reference, linesByCommit, settings);
            record.tasks.forEach((task, index) => {
                task.estimateCheck = checks[index];
            });
            return {
                hoursPerLine: hoursPerLine ?? null,
                tasks: referenceTasks,
                minimumTasks: settings.minimumTasks,
                flagFactor: settings.flagFactor,
                lookbackDays: start === undefined ? 0 : settings.lookbackDays,
                notes,
            };
        },
    };
}


/***/ }),

/***/ 4442:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openRepositories = openRepositories;
exports.collectReport = collectReport;
/**
 * The collector: repositories + window + config → LeverageReport. Opens every repository first (so
 * every path problem is reported at once), then streams each one's history into one record builder.
 */
const openRepository_js_1 = __webpack_require__(8054);
const streamCommits_js_1 = __webpack_require__(9598);
const buildRecord_js_1 = __webpack_require__(8548);
const classifyCommit_js_1 = __webpack_require__(7277);
const checkTaskEstimates_js_1 = __webpack_require__(532);
/**
 * Opens every path, reporting all the problems at once. A repository given twice (`.` and `./`, or a
 * folder inside it) is read once, under the first path given for it.
 */
async function openRepositories(paths, cwd) {
    const results = await Promise.allSettled(paths.map((given) => (0, openRepository_js_1.openRepository)(given, cwd)));
    const problems = results.flatMap((result) => (result.status === 'rejected' ? [result.reason.message] : []));
    if (problems.length > 0)
        throw new openRepository_js_1.RepositoryError(problems.join('\n'));
    const byRoot = new Map();
    for (const result of results) {
        const repo = result.value;
        if (!byRoot.has(repo.root))
            byRoot.set(repo.root, repo);
    }
    return (0, openRepository_js_1.labelRepositories)([...byRoot.values()]);
}
async function collectReport({ repositories, window, config, revs, sort, now }) {
    const builder = (0, buildRecord_js_1.createRecordBuilder)({ sort: sort ?? config.sort });
    const commits = [];
    const options = { window, revs: revs ?? config.revs ?? [], keys: config.trailerOptions.keys, ...(now ? { now: now.getTime() / 1000 } : {}) };
    const estimates = config.estimates.check ? (0, checkTaskEstimates_js_1.createEstimateCheck)(window, config) : undefined;
    // One repository at a time: two git processes on two cores would starve the reader.
    for (const repo of repositories) {
        const walk = estimates ? { ...options, window: await estimates.walkWindow(repo) } : options;
        for await (const batch of (0, streamCommits_js_1.streamCommits)(repo, walk)) {
            for (const facts of batch) {
                const commit = (0, classifyCommit_js_1.classifyCommit)(facts, config.trailerOptions);
                if (!commit)
                    continue;
                if (facts.note)
                    commit.note = true;
                if (estimates?.takeLookback(commit))
                    continue;
                commits.push(commit);
                builder.add(commit);
            }
        }
    }
    const record = builder.finish();
    const estimateReference = await estimates?.check(record, repositories);
    return { window, agent: config.agent, repositories: repositories.map((repo) => repo.label), commits, record, ...(estimateReference ? { estimateReference } : {}) };
}


/***/ }),

/***/ 7440:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCKFILE_NAMES = void 0;
exports.isLockfile = isLockfile;
exports.exclusionOf = exclusionOf;
exports.countChangedLines = countChangedLines;
/**
 * Lockfiles, by file name: written by a package manager, never by hand, and often thousands of
 * lines for a one-line version bump.
 */
exports.LOCKFILE_NAMES = new Set([
    'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock', // JavaScript
    'Cargo.lock', // Rust
    'go.sum', 'go.work.sum', // Go
    'poetry.lock', 'Pipfile.lock', 'pdm.lock', 'uv.lock', 'pylock.toml', // Python
    'Gemfile.lock', // Ruby (Bundler)
    'composer.lock', // PHP
    'mix.lock', // Elixir
    'pubspec.lock', // Dart
    'Podfile.lock', 'Package.resolved', // Swift, CocoaPods
    'packages.lock.json', // .NET (NuGet)
    'gradle.lockfile', // Gradle
    'flake.lock', // Nix
    'conan.lock', // C/C++ (Conan)
    'stack.yaml.lock', 'cabal.project.freeze', // Haskell
]);
/** Whether a path is a lockfile (by its file name). */
function isLockfile(path) {
    return exports.LOCKFILE_NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
/** Why `row` says nothing about effort, or undefined when its lines count. */
function exclusionOf(row, attributes, excludedByConfig) {
    if (row.added === undefined || row.deleted === undefined)
        return 'binary';
    if (isLockfile(row.path))
        return 'lockfile';
    if (attributes?.generated)
        return 'generated';
    if (attributes?.vendored)
        return 'vendored';
    if (excludedByConfig(row.path))
        return 'config';
    return undefined;
}
/** Added + deleted lines of the rows that count. */
function countChangedLines(rows, attributes, excludedByConfig) {
    let lines = 0;
    for (const row of rows) {
        if (exclusionOf(row, attributes.get(row.path), excludedByConfig) === undefined)
            lines += row.added + row.deleted;
    }
    return lines;
}


/***/ }),

/***/ 9841:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CachedNumstat = void 0;
exports.changeSizeCachePath = changeSizeCachePath;
exports.indexCommits = indexCommits;
exports.readChangeSizeCache = readChangeSizeCache;
exports.writeChangeSizeCache = writeChangeSizeCache;
/**
 * The change sizes git has already measured, kept so a report asks git only for commits it never
 * measured before (docs/estimates.md, Cache). A commit's numstat does not change: its sha fixes its
 * tree and its first parent's (short of `git replace` or a new `binary` attribute, which the docs
 * say to delete the file after). A daily report re-reads nearly the same look-back every day.
 *
 * The file is `<common git dir>/git-leverage/change-sizes` (worktrees share it): a NUL-terminated
 * header naming the format and the numstat arguments, the body's length in bytes (NUL-terminated, so
 * a truncated file is told from a short one), then the body: exactly the bytes git printed (numstat
 * `-z`, one `\x01<sha>` header per commit) for the cached commits, which NumstatParser reads as it
 * reads git. Rows, not totals: exclusions are applied at every report, so changing them never needs
 * the cache cleared.
 *
 * Anything wrong (no file, another header, a truncated or unreadable file, a read-only folder, a
 * full disk) costs speed only: the file is ignored or left as it is, the commits go to git, nothing
 * is printed. A rewrite goes to a temporary file renamed over the old one, so concurrent reports
 * never leave a torn file (the last one wins).
 */
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
/** The header's first words: a file whose header differs (another version, other arguments) is ignored and replaced. */
const FORMAT = 'git-leverage change sizes 1';
const NUL = 0;
const COMMIT_MARK = 1;
const SHA_LENGTHS = new Set([40, 64]);
/** Where a repository's cache lives. */
function changeSizeCachePath(repo) {
    return node_path_1.default.join(repo.gitCommonDir, 'git-leverage', 'change-sizes');
}
/**
 * Calls `visit` with each commit's sha and where its output starts and ends in numstat `-z` output with
 * `%x01%H` headers; false when the output does not start with a commit. A header is `\x01`, a full
 * sha's length and NUL, at the start or after a NUL: a path that merely holds `\x01` is not one (a
 * renamed file's old path can look like one: keptCommits never writes such a commit, so a cache
 * file's headers are all real).
 */
function eachCommit(output, visit) {
    let sha;
    let start = 0;
    for (let at = 0; at >= 0 && at < output.length; at = output.indexOf(COMMIT_MARK, at + 1)) {
        if (at > 0 && output[at - 1] !== NUL)
            continue;
        const end = output.indexOf(NUL, at);
        if (!SHA_LENGTHS.has(end - at - 1)) {
            if (at === 0)
                return false;
            continue;
        }
        if (sha !== undefined)
            visit(sha, start, at);
        sha = output.toString('latin1', at + 1, end);
        start = at;
    }
    if (sha !== undefined)
        visit(sha, start, output.length);
    return true;
}
/** Where each commit's output starts and ends, or undefined when it does not read as numstat output (or holds a sha twice). */
function indexCommits(output) {
    const slices = new Map();
    let twice = false;
    const valid = eachCommit(output, (sha, start, end) => {
        twice ||= slices.has(sha);
        slices.set(sha, [start, end]);
    });
    return valid && !twice ? slices : undefined;
}
/** The cached numstat output: the bytes git printed for the cached commits. */
class CachedNumstat {
    body;
    constructor(body) {
        this.body = body;
    }
    /**
     * The commits of `shas` the cache holds, and their output as git printed it (headers and rows), in
     * as few pieces as they lie in: one pass over the headers, indexing only the commits asked for (a
     * day's report wants a few hundred commits of a cache that may hold a hundred thousand).
     */
    select(shas) {
        const wanted = new Set(shas);
        const found = new Set();
        const output = [];
        let runStart = 0;
        let runEnd = -1;
        eachCommit(this.body, (sha, start, end) => {
            if (!wanted.has(sha))
                return;
            found.add(sha);
            if (start !== runEnd) {
                if (runEnd >= 0)
                    output.push(this.body.subarray(runStart, runEnd));
                runStart = start;
            }
            runEnd = end;
        });
        if (runEnd >= 0)
            output.push(this.body.subarray(runStart, runEnd));
        return { found, output };
    }
}
exports.CachedNumstat = CachedNumstat;
/** No commit cached (no file, or one that is ignored). */
const NOTHING_CACHED = new CachedNumstat(Buffer.alloc(0));
function headerFor(args) {
    return `${FORMAT} ${args.join(' ')}\u0000`;
}
/** The cached numstat in a cache file's bytes, or nothing when they are not one written for `args`. */
function parseChangeSizeCache(bytes, args) {
    const header = Buffer.from(headerFor(args));
    if (bytes.length < header.length || !bytes.subarray(0, header.length).equals(header))
        return NOTHING_CACHED;
    const lengthEnd = bytes.indexOf(NUL, header.length);
    const length = lengthEnd < 0 ? Number.NaN : Number(bytes.toString('latin1', header.length, lengthEnd));
    if (!Number.isSafeInteger(length) || bytes.length - lengthEnd - 1 !== length)
        return NOTHING_CACHED;
    const body = bytes.subarray(lengthEnd + 1);
    // What keptCommits writes always starts with a commit's header and ends with a NUL.
    if (body.length === 0 || body[0] !== COMMIT_MARK || body[body.length - 1] !== NUL)
        return NOTHING_CACHED;
    return new CachedNumstat(body);
}
/**
 * The cached numstat of `repo` for numstat run with `args`; nothing when there is no valid cache.
 * Never rejects: a cache that cannot be read costs speed only.
 */
async function readChangeSizeCache(repo, args) {
    try {
        return parseChangeSizeCache(await (0, promises_1.readFile)(changeSizeCachePath(repo)), args);
    }
    catch {
        return NOTHING_CACHED;
    }
}
/**
 * What of `output` (git's numstat for `asked`) can be kept: nothing unless every commit asked for is
 * found in it; then all but a shallow clone's boundary commits (git measured them against nothing)
 * and any commit in which a renamed file's old path reads as a header (`\x01`, 40 or 64 bytes and
 * NUL: eachCommit takes it for the next commit's start).
 */
function keptCommits(repo, output, asked) {
    const slices = indexCommits(output);
    if (slices === undefined || output[output.length - 1] !== NUL || asked.some((sha) => !slices.has(sha)))
        return [];
    const wanted = new Set(asked);
    const kept = [];
    let pending;
    for (const [sha, [start, end]] of slices) {
        // A header nobody asked for is a renamed file's old path: the commit it cut in two goes with it.
        if (pending !== undefined && wanted.has(sha))
            kept.push(pending);
        pending = wanted.has(sha) && !repo.shallowBoundary.has(sha) ? output.subarray(start, end) : undefined;
    }
    if (pending !== undefined)
        kept.push(pending);
    return kept;
}
/**
 * Rewrites the cache: the commits of `cached`, then those of `output` (what git just printed for
 * `asked`, numstat run with `args`) that can be kept. Never rejects: a cache that cannot be written
 * (read-only, full, something in the way) only means the next report asks git again.
 */
async function writeChangeSizeCache(repo, args, cached, output, asked) {
    let temporary;
    try {
        const fresh = keptCommits(repo, output, asked);
        const added = fresh.reduce((sum, bytes) => sum + bytes.length, 0);
        if (added === 0)
            return;
        const file = changeSizeCachePath(repo);
        await (0, promises_1.mkdir)(node_path_1.default.dirname(file), { recursive: true });
        temporary = `${file}.${process.pid}.${(0, node_crypto_1.randomBytes)(4).toString('hex')}.tmp`;
        await (0, promises_1.writeFile)(temporary, Buffer.concat([Buffer.from(`${headerFor(args)}${cached.body.length + added}\u0000`), cached.body, ...fresh]));
        await (0, promises_1.rename)(temporary, file);
    }
    catch {
        if (temporary !== undefined)
            await (0, promises_1.rm)(temporary, { force: true }).catch(() => undefined);
    }
}


/***/ }),

/***/ 7610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NumstatParser = exports.NUMSTAT_ARGUMENTS = void 0;
exports.readPathAttributes = readPathAttributes;
exports.readChangeSizes = readChangeSizes;
/**
 * The git side of the estimate check: the changed lines of the commits that carry records, from
 * git's own numstat, in one `git log --no-walk --stdin` per repository after the walk for the commits
 * never measured before (the others are read from git/changeSizeCache.ts), and the
 * `linguist-generated`/`linguist-vendored` attributes of the paths seen, in one `git check-attr`.
 * What counts is decided by estimates/changedLines.ts.
 *
 * A merge commit is measured against its first parent (what the merge brought to the line it was
 * merged into: a record on a merge commit stands for its branch's work); a root commit against the
 * empty tree. Renames are followed (-M), so moving a file costs only the lines that changed.
 *
 * Measured on the 100,000-commit benchmark (docs/estimates.md, Speed): numstat of its 10,081 record
 * commits costs about as much git time as the whole walk, nearly all of it reading trees and blobs
 * out of deltas; rename detection and the Node side are small. Running numstat beside the walk
 * (`git diff-tree --stdin`, fed as the walk finds records) gained nothing measurable on two shared
 * cores, so it runs after the walk.
 */
const changedLines_js_1 = __webpack_require__(7440);
const changeSizeCache_js_1 = __webpack_require__(9841);
const gitLogProcess_js_1 = __webpack_require__(7295);
const runGit_js_1 = __webpack_require__(6033);
/**
 * numstat of the commits on standard input and nothing else. Options a user's config could change
 * are set: renames on, no external diff or textconv (they change the counts), whole-tree paths.
 * Two settings for speed (docs/estimates.md, Speed): `--no-walk` (sorted) has git read the commits
 * newest first, as the walk met them, whatever order they are given in (the Task Log's), so
 * neighbouring commits share their delta bases; and git's cache of inflated delta bases is cut from
 * its 96 MiB default to 16 MiB, since numstat reads a few trees and blobs of each commit about once
 * and a large cache mostly costs page faults. On the benchmark's 10,081 record commits the two took
 * numstat from ~1.1 s to ~0.57 s and its peak memory from 164 MB to 70 MB (the report's peak is git's).
 */
exports.NUMSTAT_ARGUMENTS = [
    '-c', 'core.deltaBaseCacheLimit=16m',
    'log', '-z', '--no-color', '--no-show-signature', '--no-walk', '--stdin',
    '--numstat', '-M', '--root', '--diff-merges=first-parent', '--no-ext-diff', '--no-textconv', '--no-relative',
    '--format=%x01%H',
];
const ROW = /^(\d+|-)\t(\d+|-)\t/;
/** Splits numstat's NUL-separated output, chunk by chunk, into each commit's rows. */
class NumstatParser {
    rows = new Map();
    carry = Buffer.alloc(0);
    current;
    /** A rename's counts, waiting for its two paths (1: the old path comes next, 2: the new one). */
    rename;
    push(chunk) {
        const buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        let start = 0;
        for (let end = buffer.indexOf(0, start); end >= 0; end = buffer.indexOf(0, start)) {
            this.token(buffer.toString('utf8', start, end));
            start = end + 1;
        }
        this.carry = buffer.subarray(start);
    }
    token(text) {
        if (this.rename !== undefined) {
            if (this.rename.stage === 1)
                this.rename.stage = 2;
            else {
                this.current?.push({ added: this.rename.added, deleted: this.rename.deleted, path: text });
                this.rename = undefined;
            }
            return;
        }
        const token = text.startsWith('\n') ? text.slice(1) : text;
        if (token.startsWith('\u0001')) {
            this.current = [];
            this.rows.set(token.slice(1), this.current);
            return;
        }
        const match = ROW.exec(token);
        if (match === null)
            return;
        const added = match[1] === '-' ? undefined : Number(match[1]);
        const deleted = match[2] === '-' ? undefined : Number(match[2]);
        const path = token.slice(match[0].length);
        if (path === '')
            this.rename = { added, deleted, stage: 1 };
        else
            this.current?.push({ added, deleted, path });
    }
}
exports.NumstatParser = NumstatParser;
/** The `linguist-generated` and `linguist-vendored` attributes of `paths`, from the work tree's `.gitattributes`. */
async function readPathAttributes(repo, paths) {
    const attributes = new Map();
    if (paths.length === 0)
        return attributes;
    const result = await (0, runGit_js_1.runGitRaw)(['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], repo.root, `${paths.join('\u0000')}\u0000`);
    if (result.exitCode !== 0)
        throw new runGit_js_1.GitError(`git check-attr failed in ${repo.given}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, result.stderr, result.exitCode);
    const fields = result.stdout.split('\u0000');
    for (let index = 0; index + 2 < fields.length; index += 3) {
        const path = fields[index];
        const value = fields[index + 2];
        // `linguist-generated` alone is "set"; `=true` is the value GitHub documents; `-x` and `=false` turn it off.
        const on = value === 'set' || value === 'true';
        const entry = attributes.get(path) ?? { generated: false, vendored: false };
        if (fields[index + 1] === 'linguist-generated')
            entry.generated = on;
        else
            entry.vendored = on;
        attributes.set(path, entry);
    }
    return attributes;
}
/**
 * The changed lines that count of each commit in `shas` (by sha), in at most two git processes
 * however many commits: numstat for those the cache (git/changeSizeCache.ts) does not hold (none
 * when it holds them all), then check-attr for the paths seen. What git measured is added to the cache.
 */
async function readChangeSizes(repo, shas, exclude) {
    const sizes = new Map();
    const parser = new NumstatParser();
    const cached = await (0, changeSizeCache_js_1.readChangeSizeCache)(repo, exports.NUMSTAT_ARGUMENTS);
    const { found, output: cachedOutput } = cached.select(shas);
    for (const bytes of cachedOutput)
        parser.push(bytes);
    const missing = shas.filter((sha) => !found.has(sha));
    // An empty --stdin would show HEAD, hence no git at all when every commit is cached.
    if (missing.length > 0) {
        const git = (0, gitLogProcess_js_1.startGitLog)(repo, exports.NUMSTAT_ARGUMENTS, `${missing.join('\n')}\n`);
        const output = [];
        for await (const chunk of git.stdout) {
            parser.push(chunk);
            output.push(chunk);
        }
        await git.succeeded();
        await (0, changeSizeCache_js_1.writeChangeSizeCache)(repo, exports.NUMSTAT_ARGUMENTS, cached, Buffer.concat(output), missing);
    }
    const paths = new Set();
    for (const rows of parser.rows.values())
        for (const row of rows)
            if (row.added !== undefined)
                paths.add(row.path);
    const attributes = await readPathAttributes(repo, [...paths]);
    const excludedByConfig = exclude.length === 0 ? () => false : (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(279)]).then(__webpack_require__.t.bind(__webpack_require__, 279, 23))).createGlobFilter(exclude);
    for (const [sha, rows] of parser.rows)
        sizes.set(sha, (0, changedLines_js_1.countChangedLines)(rows, attributes, excludedByConfig));
    return sizes;
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.githubRepositoryUrl = githubRepositoryUrl;
/**
 * A remote URL (`git remote get-url origin`) → `https://github.com/owner/name` when it is on
 * github.com, else undefined. Pure. Owner and name are checked against GitHub's own character set,
 * so nothing from a crafted remote URL reaches a link but a plain path.
 */
const FORMS = [
    /^https?:\/\/(?:[^@/]+@)?github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
    /^ssh:\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
    /^git:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
    /^(?:[^@/]+@)?github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
];
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function githubRepositoryUrl(remote) {
    const text = remote.trim();
    for (const form of FORMS) {
        const match = form.exec(text);
        if (!match)
            continue;
        const [, owner = '', name = ''] = match;
        if (!OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..')
            return undefined;
        return `https://github.com/${owner}/${name}`;
    }
    return undefined;
}


/***/ }),

/***/ 1288:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readCommitBaseUrls = readCommitBaseUrls;
const runGit_js_1 = __webpack_require__(6033);
const githubRepositoryUrl_js_1 = __webpack_require__(7504);
async function readCommitBaseUrls(repositories, env) {
    const urls = {};
    for (const repo of repositories) {
        const result = await (0, runGit_js_1.runGitRaw)(['remote', 'get-url', 'origin'], repo.root, undefined, env);
        const base = result.exitCode === 0 ? (0, githubRepositoryUrl_js_1.githubRepositoryUrl)(result.stdout) : undefined;
        if (base)
            urls[repo.label] = base;
    }
    return urls;
}


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyCommit = classifyCommit;
const trailerSchema_js_1 = __webpack_require__(8460);
/** Reads a commit's leverage trailers; undefined when it has none. */
function classifyCommit(commit, options) {
    const verdict = (0, trailerSchema_js_1.readLeverageTrailers)(commit.trailers, options);
    if (verdict.kind === 'none')
        return undefined;
    const leverage = { repo: commit.repo, sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail, authorTime: commit.authorTime, subject: commit.subject, verdict };
    if (commit.embedded)
        leverage.embedded = commit.embedded;
    return leverage;
}


/***/ }),

/***/ 7941:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.machineTimezone = machineTimezone;
exports.checkWindowRequest = checkWindowRequest;
exports.resolveWindow = resolveWindow;
const userError_js_1 = __webpack_require__(40);
const reportWindow_js_1 = __webpack_require__(7084);
/** The machine's zone: what `date` would show (TZ, else the system's). */
function machineTimezone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
/** A request that contradicts itself is a usage error, found before any repository is opened. */
function checkWindowRequest(request) {
    const chosen = [request.date && '--date', request.since && '--since', request.range && '--range', request.allHistory && '--all-history'].filter(Boolean);
    if (chosen.length > 1)
        throw new userError_js_1.UsageError(`${chosen.join(' and ')} cannot be combined: choose one window`);
    if (request.until && !request.since)
        throw new userError_js_1.UsageError('--until needs --since (a span of whole days)');
}
/**
 * The window a request asks for; today in the zone when it names none. The zone: the request's,
 * else the configured one, else the machine's.
 */
function resolveWindow(request, configuredTimezone, now) {
    checkWindowRequest(request);
    const zone = (0, reportWindow_js_1.assertTimezone)(request.timezone ?? configuredTimezone ?? machineTimezone());
    if (request.range)
        return (0, reportWindow_js_1.rangeWindow)(request.range, zone);
    if (request.allHistory)
        return (0, reportWindow_js_1.allHistoryWindow)(zone);
    if (request.since)
        return (0, reportWindow_js_1.daysWindow)(request.since, request.until, zone, (0, reportWindow_js_1.dateIn)(zone, now));
    return (0, reportWindow_js_1.dayWindow)(request.date ?? (0, reportWindow_js_1.dateIn)(zone, now), zone);
}


/***/ })

};
;