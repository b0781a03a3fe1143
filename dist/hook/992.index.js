"use strict";
exports.id = 992;
exports.ids = [992];
exports.modules = {

/***/ 3101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodexLineReader = void 0;
exports.fromCodexUsage = fromCodexUsage;
exports.peekCodexLine = peekCodexLine;
const screenCodexLine_js_1 = __webpack_require__(8225);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);
function codexUsage(value) {
    if (!isObject(value))
        return undefined;
    return { input: count(value.input_tokens), cached: count(value.cached_input_tokens), output: count(value.output_tokens) };
}
const sameUsage = (a, b) => a.input === b.input && a.cached === b.cached && a.output === b.output;
/** In git-leverage's parts (as ccusage does): cached input is a cache read, and never also input. */
function fromCodexUsage(u) {
    const cached = Math.min(u.cached, u.input);
    return { input: u.input - cached, output: u.output, cacheCreation: 0, cacheRead: cached };
}
/** Reads the lines of one Codex log file, in order. */
class CodexLineReader {
    cwd;
    sessionId;
    model;
    taskStart;
    totals;
    /** The measured event of one parsed line; `undefined` for lines that carry none. */
    read(value) {
        if (!isObject(value) || !isObject(value.payload))
            return undefined;
        const time = typeof value.timestamp === 'string' ? Date.parse(value.timestamp) : NaN;
        if (!Number.isFinite(time))
            return undefined;
        const payload = value.payload;
        switch (value.type) {
            case 'session_meta':
                this.cwd = text(payload.cwd) ?? this.cwd;
                this.sessionId = text(payload.id) ?? this.sessionId;
                return undefined;
            case 'turn_context':
                // Each turn restates its folder and model; the folder can change with `/cd`-like overrides.
                this.cwd = text(payload.cwd) ?? this.cwd;
                this.model = text(payload.model) ?? this.model;
                return undefined;
            case 'response_item':
                // A `user` message here is AGENTS.md or environment text that Codex sends along, not a prompt.
                if (payload.type === 'message' && payload.role === 'user')
                    return undefined;
                return this.line(time, 'activity');
            case 'compacted':
                return this.line(time, 'activity');
            case 'event_msg':
                return this.event(time, payload);
            default:
                return undefined;
        }
    }
    line(time, kind) {
        return { kind, time, sessionId: this.sessionId, cwd: this.cwd, sidechain: false };
    }
    event(time, payload) {
        switch (payload.type) {
            case 'user_message':
                // Comes after its turn's task_started: the bracket stays open.
                return this.line(time, 'prompt');
            case 'task_started':
                // Newer Codex brackets a turn with task_started/task_complete: the turn worked all along
                // between them, even through a long command that wrote nothing.
                this.taskStart = time;
                return undefined;
            case 'task_complete': {
                const start = this.taskStart;
                this.taskStart = undefined;
                return start !== undefined && time >= start ? { ...this.line(time, 'turnEnd'), durationMs: time - start } : this.line(time, 'activity');
            }
            case 'token_count':
                return this.tokenCount(time, payload.info);
            default:
                return this.line(time, 'activity');
        }
    }
    tokenCount(time, info) {
        // `info: null` carries only rate limits (written before the first API call): no usage, no work.
        if (!isObject(info))
            return undefined;
        const total = codexUsage(info.total_token_usage);
        const last = codexUsage(info.last_token_usage);
        const line = this.line(time, 'activity');
        if (total && this.totals && sameUsage(total, this.totals))
            return { ...line, repeatedUsage: true };
        // The last call's usage; without it, what the running total grew by.
        const previous = this.totals ?? { input: 0, cached: 0, output: 0 };
        const used = last ??
            (total && {
                input: Math.max(0, total.input - previous.input),
                cached: Math.max(0, total.cached - previous.cached),
                output: Math.max(0, total.output - previous.output),
            });
        if (total)
            this.totals = total;
        if (!used)
            return line;
        return { ...line, response: { key: undefined, model: this.model, usage: fromCodexUsage(used) } };
    }
}
exports.CodexLineReader = CodexLineReader;
const ASSISTANT_ROLE = Buffer.from(',"role":"assistant"', 'latin1');
const CLOSE = 0x7d;
/**
 * What CodexLineReader reads of an activity line (its time, type and payload type), taken from the
 * line's head without parsing the rest: a tool's output or encrypted reasoning is most of a log's
 * bytes and says nothing more to `measure`. Undefined for any line that must be parsed: state lines
 * (session, turn context, prompts, task events, token counts), messages other than the agent's own,
 * and any line not in Codex's own shape or not closed by `}}`. The caller passes only lines that
 * ended with a line break: a line cut short by a crash is parsed, and named as unreadable.
 */
function peekCodexLine(line) {
    if (line.length < 2 || line[line.length - 1] !== CLOSE || line[line.length - 2] !== CLOSE)
        return undefined;
    const head = (0, screenCodexLine_js_1.codexHead)(line);
    if (head === undefined || !Number.isFinite(head.time))
        return undefined;
    const { timestamp, type, payloadType } = head;
    switch (type) {
        case 'compacted':
            return { timestamp, type, payload: {} };
        case 'response_item':
            if (payloadType === undefined)
                return undefined;
            if (payloadType !== 'message')
                return { timestamp, type, payload: { type: payloadType } };
            // A `user` message is left out by the reader, and is parsed to be sure of its role.
            return head.rest + ASSISTANT_ROLE.length <= line.length && line.compare(ASSISTANT_ROLE, 0, ASSISTANT_ROLE.length, head.rest, head.rest + ASSISTANT_ROLE.length) === 0
                ? { timestamp, type, payload: { type: payloadType, role: 'assistant' } }
                : undefined;
        case 'event_msg':
            return payloadType === undefined || screenCodexLine_js_1.STATE_EVENTS.has(payloadType) ? undefined : { timestamp, type, payload: { type: payloadType } };
        default:
            return undefined;
    }
}


/***/ }),

/***/ 7586:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unionIntervals = unionIntervals;
exports.clipInterval = clipInterval;
exports.unionLength = unionLength;
/** Sorts and merges overlapping or touching intervals; drops empty ones. */
function unionIntervals(intervals) {
    const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
    const merged = [];
    for (const next of sorted) {
        const last = merged[merged.length - 1];
        if (last && next.start <= last.end)
            last.end = Math.max(last.end, next.end);
        else
            merged.push({ start: next.start, end: next.end });
    }
    return merged;
}
/** The part of an interval inside [from, to]; undefined when nothing is left. */
function clipInterval(interval, from, to) {
    const start = Math.max(interval.start, from);
    const end = Math.min(interval.end, to);
    return end > start ? { start, end } : undefined;
}
/** Length in milliseconds of the union of the intervals, clipped to [from, to]. */
function unionLength(intervals, from, to) {
    let total = 0;
    for (const i of unionIntervals(intervals)) {
        const clipped = clipInterval(i, from, to);
        if (clipped)
            total += clipped.end - clipped.start;
    }
    return total;
}


/***/ }),

/***/ 9136:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AGENT_NAMES = exports.AGENTS = void 0;
exports.toLogLine = toLogLine;
exports.usageTotal = usageTotal;
exports.AGENTS = ['claude', 'codex'];
exports.AGENT_NAMES = { claude: 'Claude Code', codex: 'Codex' };
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);
/** A user line is a tool result when any of its content blocks is one. */
function isToolResult(message) {
    if (!isObject(message) || !Array.isArray(message.content))
        return false;
    return message.content.some((block) => isObject(block) && block.type === 'tool_result');
}
/** Reads one parsed JSON value; `undefined` for types and shapes that are not measured. */
function toLogLine(value) {
    if (!isObject(value))
        return undefined;
    const time = typeof value.timestamp === 'string' ? Date.parse(value.timestamp) : NaN;
    if (!Number.isFinite(time))
        return undefined;
    const base = { time, sessionId: text(value.sessionId), cwd: text(value.cwd), sidechain: value.isSidechain === true };
    switch (value.type) {
        case 'user':
            return { ...base, kind: value.isMeta === true || isToolResult(value.message) ? 'activity' : 'prompt' };
        case 'system':
            if (value.subtype === 'turn_duration' && typeof value.durationMs === 'number' && value.durationMs >= 0) {
                return { ...base, kind: 'turnEnd', durationMs: value.durationMs };
            }
            return { ...base, kind: 'activity' };
        case 'assistant': {
            const line = { ...base, kind: 'activity' };
            const message = value.message;
            if (!isObject(message))
                return line;
            const model = text(message.model);
            if (model === '<synthetic>')
                return { ...line, synthetic: true };
            if (!isObject(message.usage))
                return line;
            const u = message.usage;
            const id = text(message.id);
            const requestId = text(value.requestId);
            line.response = {
                // Without both ids a response cannot be recognised again, so it is counted as it comes (as ccusage does).
                key: id && requestId ? `${id}\u0000${requestId}` : undefined,
                model,
                usage: {
                    input: count(u.input_tokens),
                    output: count(u.output_tokens),
                    cacheCreation: count(u.cache_creation_input_tokens),
                    cacheRead: count(u.cache_read_input_tokens),
                },
            };
            return line;
        }
        default:
            return undefined;
    }
}
function usageTotal(usage) {
    return usage.input + usage.output + usage.cacheCreation + usage.cacheRead;
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.measureForCommit = measureForCommit;
/**
 * The figures `prepare-commit-msg` writes when measuring is on: every agent's work on this
 * repository (Claude Code and Codex; minutes are the union of their working intervals, tokens their
 * sum) since HEAD was committed (the whole log before the first commit) until now.
 */
const measureWindow_js_1 = __webpack_require__(9232);
const measureRepository_js_1 = __webpack_require__(8848);
const trailerFigures_js_1 = __webpack_require__(3198);
/**
 * Minutes are rounded to whole minutes, at least 1 when anything was measured; `undefined` when
 * nothing was (no logs, or no work of this repository in the window).
 */
async function measureForCommit(repoDir, options) {
    const env = options.env ?? process.env;
    const until = (options.now ?? new Date()).getTime();
    const since = (await (0, measureWindow_js_1.headTime)(repoDir, env)) ?? Number.NEGATIVE_INFINITY;
    const outcome = await (0, measureRepository_js_1.measureRepository)({ repoDir, window: { since, until }, idleMinutes: options.idleMinutes, env });
    return (0, trailerFigures_js_1.trailerFigures)(outcome.measurement);
}


/***/ }),

/***/ 7441:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LineMeasurer = exports.UNREADABLE_LISTED = void 0;
/**
 * Turns log lines into figures for one window: the pure core of `measure`. The reader feeds it each
 * file's lines in order; it keeps only times and token counts, and only what can reach the window.
 */
const intervals_js_1 = __webpack_require__(7586);
const logLine_js_1 = __webpack_require__(9136);
const trackTurns_js_1 = __webpack_require__(6783);
const zeroUsage = () => ({ input: 0, output: 0, cacheCreation: 0, cacheRead: 0 });
const addUsage = (into, add, sign = 1) => {
    into.input += sign * add.input;
    into.output += sign * add.output;
    into.cacheCreation += sign * add.cacheCreation;
    into.cacheRead += sign * add.cacheRead;
};
/** At most this many unreadable lines are listed by place; all are counted. */
exports.UNREADABLE_LISTED = 50;
class LineMeasurer {
    window;
    idleMinutes;
    belongs;
    agents;
    idleMs;
    sessions = new Map();
    records = new Map();
    trackers = new Map();
    responses = new Map();
    modelCounts = new Map();
    unreadable = [];
    skippedLines = 0;
    filesRead = 0;
    leftOut = {
        filesBeforeWindow: 0,
        filesStoppedAfterWindow: 0,
        turnsOutsideWindow: 0,
        linesScreenedOut: 0,
        linesOtherRepository: 0,
        linesWithoutFolder: 0,
        unknownLines: 0,
        duplicateResponses: 0,
        replacedPlaceholders: 0,
        syntheticResponses: 0,
        responsesOutsideWindow: 0,
        repeatedTokenCounts: 0,
    };
    /**
     * @param belongs whether a line's folder (`cwd`) is this repository or inside it or one of its worktrees.
     * @param agents the agents whose logs are read (the reader of each feeds its lines here).
     */
    constructor(window, idleMinutes, belongs, agents = ['claude']) {
        this.window = window;
        this.idleMinutes = idleMinutes;
        this.belongs = belongs;
        this.agents = agents;
        this.idleMs = idleMinutes * 60_000;
    }
    /** The widened window outside which activity lines cannot matter (see screenLine). */
    get screenRange() {
        return { from: this.window.since - this.idleMs, to: this.window.until + this.idleMs };
    }
    fileBeforeWindow() {
        this.leftOut.filesBeforeWindow += 1;
    }
    stoppedAfterWindow() {
        this.leftOut.filesStoppedAfterWindow += 1;
    }
    screenedOut() {
        this.leftOut.linesScreenedOut += 1;
    }
    unknown() {
        this.leftOut.unknownLines += 1;
    }
    unreadableLine(file, line, reason) {
        this.skippedLines += 1;
        if (this.unreadable.length < exports.UNREADABLE_LISTED)
            this.unreadable.push({ file, line, reason });
    }
    /** Feeds one measured line of `file`, written by `agent`, in file order. */
    line(file, entry, agent = 'claude') {
        // Older Claude Code writes subagents into the main file: they are streams of their own, so their
        // prompts neither end the main turn nor open a supervisory gap.
        const key = `${file}\u0000${entry.sessionId ?? ''}\u0000${entry.sidechain ? 'sidechain' : ''}`;
        let stream = this.trackers.get(key);
        const cwd = entry.cwd ?? stream?.cwd;
        if (cwd === undefined) {
            this.leftOut.linesWithoutFolder += 1;
            return;
        }
        if (!this.belongs(cwd)) {
            this.leftOut.linesOtherRepository += 1;
            return;
        }
        if (!stream) {
            const record = this.session(file, entry.sessionId ?? '', agent);
            const tracker = new trackTurns_js_1.TurnTracker(this.idleMs, {
                turn: (turn) => this.turn(record, turn),
                // Between a subagent's tasks nobody is waiting: its pauses are not supervision.
                gap: (gap) => (entry.sidechain ? undefined : this.gap(record, gap)),
            });
            stream = { tracker, cwd, record };
            this.trackers.set(key, stream);
        }
        stream.cwd = cwd;
        if (entry.kind === 'prompt')
            stream.tracker.prompt(entry.time);
        else if (entry.kind === 'turnEnd')
            stream.tracker.turnEnd(entry.time, entry.durationMs ?? 0);
        else
            stream.tracker.activity(entry.time);
        if (entry.synthetic)
            this.leftOut.syntheticResponses += 1;
        if (entry.repeatedUsage)
            this.leftOut.repeatedTokenCounts = (this.leftOut.repeatedTokenCounts ?? 0) + 1;
        if (entry.response)
            this.response(stream.record, entry.time, entry.response);
    }
    /** Ends every stream of `file`: its open turns close at their last line. */
    endFile(file) {
        this.filesRead += 1;
        for (const [key, stream] of this.trackers) {
            if (stream.record.file !== file)
                continue;
            stream.tracker.finish();
            this.trackers.delete(key);
        }
        for (const [key, record] of this.records)
            if (record.file === file)
                this.records.delete(key);
    }
    inWindow(time) {
        return time > this.window.since && time <= this.window.until;
    }
    response(session, time, response) {
        if (!this.inWindow(time)) {
            this.leftOut.responsesOutsideWindow += 1;
            return;
        }
        const entry = { session, model: response.model, usage: response.usage };
        if (response.key === undefined) {
            this.count(entry, 1);
            return;
        }
        const seen = this.responses.get(response.key);
        if (!seen) {
            this.responses.set(response.key, entry);
            this.count(entry, 1);
            return;
        }
        this.leftOut.duplicateResponses += 1;
        // Early copies of a response can carry streaming placeholders: the largest copy is the real one.
        if ((0, logLine_js_1.usageTotal)(entry.usage) > (0, logLine_js_1.usageTotal)(seen.usage)) {
            this.leftOut.replacedPlaceholders += 1;
            this.count(seen, -1);
            this.responses.set(response.key, entry);
            this.count(entry, 1);
        }
    }
    count(response, sign) {
        addUsage(response.session.usage, response.usage, sign);
        if (response.model)
            this.modelCounts.set(response.model, (this.modelCounts.get(response.model) ?? 0) + sign);
        response.session.responses += sign;
        this.register(response.session);
    }
    turn(session, turn) {
        const counted = turn.intervals.map((i) => (0, intervals_js_1.clipInterval)(i, this.window.since, this.window.until)).filter((i) => i !== undefined);
        if (counted.length === 0) {
            this.leftOut.turnsOutsideWindow += 1;
            return;
        }
        session.turns.push({ ...turn, counted });
        this.register(session);
    }
    gap(session, gap) {
        if (!(0, intervals_js_1.clipInterval)(gap, this.window.since, this.window.until))
            return;
        session.gaps.push(gap);
        this.register(session);
    }
    /** The record of a session in a file: a file's main and sidechain streams share one. */
    session(file, id, agent) {
        const key = `${file}\u0000${id}`;
        let record = this.records.get(key);
        if (!record) {
            record = { id, file, agent, turns: [], gaps: [], usage: zeroUsage(), responses: 0 };
            this.records.set(key, record);
        }
        return record;
    }
    register(session) {
        const key = `${session.file}\u0000${session.id}`;
        if (!this.sessions.has(key))
            this.sessions.set(key, session);
    }
    /** The figures, once every file has ended. */
    result() {
        const sessions = [...this.sessions.values()].filter((s) => s.turns.length > 0 || s.gaps.some((g) => g.counted) || s.responses > 0);
        const usage = zeroUsage();
        const models = [...this.modelCounts].filter(([, n]) => n > 0).map(([model]) => model);
        for (const session of sessions)
            addUsage(usage, session.usage);
        const { since, until } = this.window;
        return {
            window: this.window,
            idleMinutes: this.idleMinutes,
            agents: [...this.agents],
            filesRead: this.filesRead,
            claudeMs: (0, intervals_js_1.unionLength)(sessions.flatMap((s) => s.turns.flatMap((t) => t.counted)), since, until),
            supervisoryMs: (0, intervals_js_1.unionLength)(sessions.flatMap((s) => s.gaps.filter((g) => g.counted)), since, until),
            usage,
            models: models.sort(),
            sessions: sessions.sort((a, b) => (a.turns[0]?.start ?? 0) - (b.turns[0]?.start ?? 0) || a.file.localeCompare(b.file)),
            unreadable: this.unreadable,
            skippedLines: this.skippedLines,
            leftOut: this.leftOut,
        };
    }
}
exports.LineMeasurer = LineMeasurer;


/***/ }),

/***/ 8848:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.measureRepository = measureRepository;
/**
 * Measures one repository's coding-agent sessions over a window: finds each agent's logs, reads them
 * through the one pure LineMeasurer, and returns the figures. Shared by `git-leverage measure` and the hook.
 */
const readCodexLogs_js_1 = __webpack_require__(1840);
const readSessionLogs_js_1 = __webpack_require__(8531);
const logLine_js_1 = __webpack_require__(9136);
const measureLines_js_1 = __webpack_require__(7441);
const repositoryFolders_js_1 = __webpack_require__(5329);
const FINDERS = {
    claude: { bases: readSessionLogs_js_1.logBases, find: readSessionLogs_js_1.findLogFiles, read: readSessionLogs_js_1.readSessionLogs },
    codex: { bases: readCodexLogs_js_1.codexBases, find: readCodexLogs_js_1.findCodexLogFiles, read: readCodexLogs_js_1.readCodexLogs },
};
async function measureRepository(request) {
    const env = request.env ?? process.env;
    const folders = await (0, repositoryFolders_js_1.repositoryFolders)(request.repoDir, env);
    const logs = [];
    for (const agent of request.agent ? [request.agent] : logLine_js_1.AGENTS) {
        const bases = FINDERS[agent].bases(env);
        logs.push({ agent, bases, files: await FINDERS[agent].find(bases) });
    }
    const found = logs.filter((l) => l.files.length > 0);
    const measurer = new measureLines_js_1.LineMeasurer(request.window, request.idleMinutes, (0, repositoryFolders_js_1.folderMatcher)(folders), found.map((l) => l.agent));
    for (const { agent, files } of found)
        await FINDERS[agent].read(files, measurer);
    return {
        bases: logs.find((l) => l.agent === 'claude')?.bases ?? [],
        files: logs.flatMap((l) => l.files),
        logs,
        folders,
        measurement: measurer.result(),
    };
}


/***/ }),

/***/ 9232:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MeasureWindowError = void 0;
exports.headTime = headTime;
exports.resolveWindowPoint = resolveWindowPoint;
/**
 * The window (since, until] of `measure`: each end a commit (its committer time) or a local date or
 * date-time in ISO form. Dates and times without an offset are read in `zone`.
 */
const luxon_js_1 = __webpack_require__(8080);
const runGit_js_1 = __webpack_require__(6033);
class MeasureWindowError extends Error {
    name = 'MeasureWindowError';
}
exports.MeasureWindowError = MeasureWindowError;
const ISO_FORM = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** HEAD's committer time in ms, or undefined in a repository without commits. */
async function headTime(repoDir, env) {
    return commitTime('HEAD', repoDir, env);
}
async function commitTime(rev, repoDir, env) {
    if (rev.startsWith('-'))
        return undefined;
    const result = await (0, runGit_js_1.runGitRaw)(['show', '-s', '--format=%ct', `${rev}^{commit}`, '--'], repoDir, undefined, env);
    const seconds = Number(result.stdout.trim());
    return result.exitCode === 0 && result.stdout.trim() !== '' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
}
/** Resolves `--since`/`--until`: an ISO date or date-time first, then a commit-ish. */
async function resolveWindowPoint(text, what, repoDir, zone, env) {
    const value = text.trim();
    if (ISO_FORM.test(value)) {
        const time = luxon_js_1.DateTime.fromISO(value.replace(' ', 'T'), { zone, setZone: false });
        if (!time.isValid)
            throw new MeasureWindowError(`${what} "${text}" is not a valid date or time (${time.invalidExplanation ?? time.invalidReason})`);
        return time.toMillis();
    }
    const time = await commitTime(value, repoDir, env);
    if (time === undefined) {
        throw new MeasureWindowError(`${what} "${text}" is neither a commit of this repository nor a date or time (accepted: a commit such as HEAD~3 or a sha, or 2026-07-01, 2026-07-01T09:00, 2026-07-01T09:00:00+02:00)`);
    }
    return time;
}


/***/ }),

/***/ 1840:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEX_LOG_FORMAT = void 0;
exports.codexBases = codexBases;
exports.findCodexLogFiles = findCodexLogFiles;
exports.readCodexLogs = readCodexLogs;
/**
 * The disk edge of `measure` for OpenAI Codex CLI: finds its session logs
 * (`sessions/YYYY/MM/DD/rollout-*.jsonl` and `archived_sessions/rollout-*.jsonl` under each
 * CODEX_HOME), and streams each into the LineMeasurer through a CodexLineReader. Files are chosen by
 * modification time and lines by their session's folder, never by the folder's date: Codex names
 * folders and files after the local time the session started, and a session can run past midnight.
 */
const promises_1 = __webpack_require__(1455);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const codexLine_js_1 = __webpack_require__(3101);
const readSessionLogs_js_1 = __webpack_require__(8531);
const screenCodexLine_js_1 = __webpack_require__(8225);
/** The CODEX_HOME folders: each entry of a comma-separated CODEX_HOME, else `~/.codex`. */
function codexBases(env) {
    const home = env.HOME || node_os_1.default.homedir();
    const expand = (entry) => (entry === '~' || entry.startsWith('~/') ? node_path_1.default.join(home, entry.slice(1)) : entry);
    const configured = env.CODEX_HOME?.split(',').map((entry) => entry.trim()).filter(Boolean);
    if (configured && configured.length > 0)
        return configured.map((entry) => node_path_1.default.resolve(expand(entry)));
    return [node_path_1.default.join(home, '.codex')];
}
const isRollout = (name) => name.startsWith('rollout-') && name.endsWith('.jsonl');
/** Rollout files anywhere under `dir` (Codex nests them by date; the depth is not relied on). */
async function collect(dir, into) {
    for (const entry of await (0, readSessionLogs_js_1.list)(dir)) {
        const full = node_path_1.default.join(dir, entry.name);
        if (entry.isDirectory())
            await collect(full, into);
        else if (entry.isFile() && isRollout(entry.name))
            into.push(full);
    }
}
/**
 * Every Codex session log under the bases, each once: a folder reached twice is read once, and a
 * session archived while it was also left in `sessions/` (same file name) is read once.
 */
async function findCodexLogFiles(bases) {
    const seenBases = new Set();
    const seenNames = new Set();
    const files = [];
    for (const base of bases) {
        const real = await (0, promises_1.realpath)(base).catch(() => undefined);
        if (real === undefined || seenBases.has(real))
            continue;
        seenBases.add(real);
        const paths = [];
        await collect(node_path_1.default.join(real, 'sessions'), paths);
        await collect(node_path_1.default.join(real, 'archived_sessions'), paths);
        for (const file of paths) {
            const name = node_path_1.default.basename(file);
            if (seenNames.has(name))
                continue;
            const info = await (0, promises_1.stat)(file).catch(() => undefined);
            if (!info)
                continue;
            seenNames.add(name);
            files.push({ path: file, mtimeMs: info.mtimeMs, size: info.size });
        }
    }
    return files.sort((a, b) => a.path.localeCompare(b.path));
}
/**
 * Codex's lines: read through a CodexLineReader a file, which keeps the session's folder and turn;
 * activity lines are read from their heads (peekCodexLine), the rest parsed.
 */
exports.CODEX_LOG_FORMAT = {
    agent: 'codex',
    screen: screenCodexLine_js_1.screenCodexLine,
    peek: codexLine_js_1.peekCodexLine,
    decoder: () => {
        const reader = new codexLine_js_1.CodexLineReader();
        return (value) => reader.read(value);
    },
};
/** Reads every Codex file that can hold lines of the window into the measurer. */
function readCodexLogs(files, measurer) {
    return (0, readSessionLogs_js_1.readSessionLogs)(files, measurer, exports.CODEX_LOG_FORMAT);
}


/***/ }),

/***/ 8531:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLAUDE_LOG_FORMAT = void 0;
exports.logBases = logBases;
exports.list = list;
exports.findLogFiles = findLogFiles;
exports.readLines = readLines;
exports.readLogFile = readLogFile;
exports.readSessionLogs = readSessionLogs;
/**
 * The edge of `measure` that touches the disk: finds Claude Code's session logs, skips files last
 * written before the window, and streams each file line by line into the pure LineMeasurer. Lines
 * are split on raw bytes so that a line the cheap check rules out is never decoded nor parsed;
 * memory holds one chunk and one line at a time.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __importDefault(__webpack_require__(8161));
const node_path_1 = __importDefault(__webpack_require__(6760));
const logLine_js_1 = __webpack_require__(9136);
const screenLine_js_1 = __webpack_require__(1316);
/** The folders that hold `projects/`: CLAUDE_CONFIG_DIR's entries, else ~/.claude and the XDG one. */
function logBases(env) {
    const configured = env.CLAUDE_CONFIG_DIR?.split(',').map((entry) => entry.trim()).filter(Boolean);
    if (configured && configured.length > 0)
        return configured.map((entry) => node_path_1.default.resolve(expandHome(entry, env)));
    const home = env.HOME || node_os_1.default.homedir();
    const xdg = env.XDG_CONFIG_HOME ? node_path_1.default.resolve(env.XDG_CONFIG_HOME) : node_path_1.default.join(home, '.config');
    return [node_path_1.default.join(home, '.claude'), node_path_1.default.join(xdg, 'claude')];
}
function expandHome(entry, env) {
    return entry === '~' || entry.startsWith('~/') ? node_path_1.default.join(env.HOME || node_os_1.default.homedir(), entry.slice(1)) : entry;
}
/** A folder's entries; none when it cannot be read (missing, or no permission). */
async function list(dir) {
    try {
        return await (0, promises_1.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/**
 * Every session log under the bases: `projects/<folder>/*.jsonl` and
 * `projects/<folder>/<session>/subagents/*.jsonl`, each once even when two bases are the same folder.
 */
async function findLogFiles(bases) {
    const seenBases = new Set();
    const files = [];
    for (const base of bases) {
        const real = await (0, promises_1.realpath)(base).catch(() => undefined);
        if (real === undefined || seenBases.has(real))
            continue;
        seenBases.add(real);
        const projects = node_path_1.default.join(real, 'projects');
        for (const project of await list(projects)) {
            if (!project.isDirectory())
                continue;
            const projectDir = node_path_1.default.join(projects, project.name);
            for (const entry of await list(projectDir)) {
                if (entry.isFile() && entry.name.endsWith('.jsonl'))
                    await add(files, node_path_1.default.join(projectDir, entry.name));
                else if (entry.isDirectory()) {
                    const subagents = node_path_1.default.join(projectDir, entry.name, 'subagents');
                    for (const sub of await list(subagents)) {
                        if (sub.isFile() && sub.name.endsWith('.jsonl'))
                            await add(files, node_path_1.default.join(subagents, sub.name));
                    }
                }
            }
        }
    }
    return files.sort((a, b) => a.path.localeCompare(b.path));
}
/** Adds a file with its modification time; one removed since it was listed (Claude Code cleans up) is left out. */
async function add(files, file) {
    const info = await (0, promises_1.stat)(file).catch(() => undefined);
    if (info)
        files.push({ path: file, mtimeMs: info.mtimeMs, size: info.size });
}
const NEWLINE = 0x0a;
/** Bytes read at a time: one buffer a file, reused for every read (small enough for the heap, not an mmap a file). */
const CHUNK_BYTES = 64 * 1024;
/**
 * Yields each line of a file as raw bytes (without the line break), with its 1-based number;
 * `complete` is false for a last line that no line break ended (a write cut short). A line's bytes
 * are valid until the next line is asked for: they may be a view of the buffer the next read fills.
 *
 * Reads are synchronous into one reused buffer: a read stream allocates a buffer for every chunk
 * and goes through the thread pool for each, which cost ~2 s of CPU a GB here against 0.15–0.25 s
 * (docs/benchmarks.md, measure). Nothing else runs while `measure` reads its logs.
 */
function* readLines(file) {
    const fd = (0, node_fs_1.openSync)(file, 'r');
    try {
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        // Pieces of a line that runs across reads, copied because the buffer is refilled.
        let pending = [];
        let number = 0;
        let filled;
        while ((filled = (0, node_fs_1.readSync)(fd, chunk, 0, CHUNK_BYTES, null)) > 0) {
            const read = filled === CHUNK_BYTES ? chunk : chunk.subarray(0, filled);
            let start = 0;
            let end = read.indexOf(NEWLINE, start);
            while (end >= 0) {
                number += 1;
                const piece = read.subarray(start, end);
                yield { bytes: trimCr(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece), number, complete: true };
                pending = [];
                start = end + 1;
                end = read.indexOf(NEWLINE, start);
            }
            if (start < read.length)
                pending.push(Buffer.from(read.subarray(start)));
        }
        if (pending.length > 0)
            yield { bytes: trimCr(Buffer.concat(pending)), number: number + 1, complete: false };
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
const trimCr = (line) => (line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line);
/** Claude Code's lines: each one stands alone. */
exports.CLAUDE_LOG_FORMAT = { agent: 'claude', screen: screenLine_js_1.screenLine, decoder: () => logLine_js_1.toLogLine };
/** Streams one file into the measurer. A line that does not parse is counted, with its place. */
async function readLogFile(file, measurer, format = exports.CLAUDE_LOG_FORMAT, label = file) {
    const { from, to } = measurer.screenRange;
    const decode = format.decoder();
    for (const { bytes, number, complete } of readLines(file)) {
        if (bytes.length === 0)
            continue;
        if (format.screen(bytes, from, to) === 'skip') {
            measurer.screenedOut();
            continue;
        }
        // A line cut short is never peeked: parsing it names it as unreadable.
        let value = complete && format.peek ? format.peek(bytes) : undefined;
        if (value === undefined) {
            try {
                value = JSON.parse(bytes.toString('utf8'));
            }
            catch {
                // JSON.parse's message quotes the line: only the place leaves the logs.
                measurer.unreadableLine(label, number, `not valid JSON (${bytes.length} bytes; truncated or malformed)`);
                continue;
            }
        }
        const line = decode(value);
        if (!line) {
            measurer.unknown();
            continue;
        }
        measurer.line(label, line, format.agent);
        // Logs are written in time order: a prompt past the window closes whatever was open at its end,
        // so nothing later in this file can reach the window.
        if (line.kind === 'prompt' && line.time > to) {
            measurer.stoppedAfterWindow();
            break;
        }
    }
    measurer.endFile(label);
}
/** Reads every log file that can hold lines of the window, in order, into the measurer. */
async function readSessionLogs(files, measurer, format = exports.CLAUDE_LOG_FORMAT) {
    for (const file of files) {
        if (file.mtimeMs < measurer.window.since) {
            measurer.fileBeforeWindow();
            continue;
        }
        try {
            await readLogFile(file.path, measurer, format);
        }
        catch (error) {
            // One unreadable file (removed meanwhile, no permission) must not hide the others' figures.
            measurer.unreadableLine(file.path, 0, `cannot read the file (${error.code ?? 'read error'})`);
            measurer.endFile(file.path);
        }
    }
}


/***/ }),

/***/ 5329:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isInsideFolder = isInsideFolder;
exports.repositoryFolders = repositoryFolders;
exports.folderMatcher = folderMatcher;
/**
 * Which folders are "this repository" for a log line's `cwd`: the top level of every worktree
 * (`git worktree list --porcelain`), matched on real paths component by component, so
 * `/src/app-old` is never inside `/src/app`. The folder names under `projects/` are a lossy
 * encoding of the path and are not used.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const runGit_js_1 = __webpack_require__(6033);
/** Whether `child` is `parent` or inside it; both absolute and normalised. Pure. */
function isInsideFolder(child, parent) {
    const a = child.split(node_path_1.default.sep).filter(Boolean);
    const b = parent.split(node_path_1.default.sep).filter(Boolean);
    if (b.length > a.length)
        return false;
    return b.every((part, index) => a[index] === part);
}
/** The real path when the folder still exists, else the path as written (a removed worktree). */
function realFolder(folder) {
    try {
        return node_fs_1.realpathSync.native(folder);
    }
    catch {
        return node_path_1.default.resolve(folder);
    }
}
/** The repository's worktree top levels (the main one and every linked one), as real paths. */
async function repositoryFolders(repoDir, env) {
    const listing = await (0, runGit_js_1.runGit)(['worktree', 'list', '--porcelain'], repoDir, undefined, env);
    const worktrees = listing
        .split('\n')
        .filter((line) => line.startsWith('worktree '))
        .map((line) => line.slice('worktree '.length));
    return [...new Set(worktrees.map(realFolder))];
}
/** A `cwd` → belongs predicate, resolving each distinct folder once. */
function folderMatcher(folders) {
    const cache = new Map();
    return (cwd) => {
        let known = cache.get(cwd);
        if (known === undefined) {
            const real = node_path_1.default.isAbsolute(cwd) ? realFolder(cwd) : undefined;
            known = real !== undefined && folders.some((folder) => isInsideFolder(real, folder));
            cache.set(cwd, known);
        }
        return known;
    };
}


/***/ }),

/***/ 8225:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STATE_EVENTS = void 0;
exports.codexHead = codexHead;
exports.screenCodexLine = screenCodexLine;
/**
 * The cheap byte check for Codex log lines, as screenLine is for Claude Code's: Codex writes compact
 * JSON (serde_json), so an unescaped `"type":"…"` pattern is a key and its value, never prompt text.
 *
 * Codex also writes every line's keys in one order (`timestamp`, `type`, `payload`, and the payload's
 * own `type` first: serde's tagged enums), so the head of a line says what it is without a look at
 * the rest, which for tool outputs and encrypted reasoning is most of the bytes. A line in any
 * other shape is screened by searching the whole line, and parsed.
 */
const screenLine_js_1 = __webpack_require__(1316);
const bytes = (text) => Buffer.from(text, 'latin1');
const OPEN = bytes('{"timestamp":"');
const TYPE = bytes('","type":"');
const PAYLOAD = bytes('","payload":{');
const PAYLOAD_TYPE = bytes('"type":"');
/** Longer than any timestamp or type name: a value that runs on is not this shape. */
const MAX_VALUE = 48;
const startsAt = (line, expected, at) => line.length >= at + expected.length && line.compare(expected, 0, expected.length, at, at + expected.length) === 0;
/** The end of a short string value starting at `from` (no escapes, at most MAX_VALUE bytes), or -1. */
function valueEnd(line, from) {
    const last = Math.min(line.length, from + MAX_VALUE);
    for (let i = from; i < last; i += 1) {
        const byte = line[i];
        if (byte === 0x22)
            return i;
        if (byte === 0x5c)
            return -1;
    }
    return -1;
}
/** The head of a line in Codex's own shape (`{"timestamp":"…","type":"…","payload":{…`), or undefined. */
function codexHead(line) {
    if (!startsAt(line, OPEN, 0))
        return undefined;
    const timestampEnd = valueEnd(line, OPEN.length);
    if (timestampEnd < 0 || !startsAt(line, TYPE, timestampEnd))
        return undefined;
    const typeStart = timestampEnd + TYPE.length;
    const typeEnd = valueEnd(line, typeStart);
    if (typeEnd < 0 || !startsAt(line, PAYLOAD, typeEnd))
        return undefined;
    const timestamp = line.toString('latin1', OPEN.length, timestampEnd);
    const type = line.toString('latin1', typeStart, typeEnd);
    const payloadStart = typeEnd + PAYLOAD.length;
    if (!startsAt(line, PAYLOAD_TYPE, payloadStart))
        return { timestamp, time: Date.parse(timestamp), type, payloadType: undefined, rest: payloadStart };
    const payloadTypeStart = payloadStart + PAYLOAD_TYPE.length;
    const payloadTypeEnd = valueEnd(line, payloadTypeStart);
    if (payloadTypeEnd < 0)
        return undefined;
    const payloadType = line.toString('latin1', payloadTypeStart, payloadTypeEnd);
    return { timestamp, time: Date.parse(timestamp), type, payloadType, rest: payloadTypeEnd + 1 };
}
/** Events that carry state (running token totals) or decide turns: always parsed. */
exports.STATE_EVENTS = new Set(['user_message', 'task_started', 'task_complete', 'token_count']);
/** Line types that carry state (folder, model): always parsed. */
const STATE_LINES = new Set(['session_meta', 'turn_context']);
/** Line types that are activity, apart from the state events among `event_msg`. */
const ACTIVITY_LINES = new Set(['response_item', 'event_msg', 'compacted']);
const tag = (value) => Buffer.from(`"type":"${value}"`);
const ALWAYS = [...STATE_LINES, ...exports.STATE_EVENTS].map(tag);
const ACTIVITY = [...ACTIVITY_LINES].map(tag);
const byTime = (time, from, to) => (Number.isNaN(time) ? 'parse' : time < from || time > to ? 'skip' : 'parse');
/** A line that is not JSON at all is parsed, so it is counted as unreadable. */
const unknownType = (line) => (line[0] === 0x7b && line[line.length - 1] === 0x7d ? 'skip' : 'parse');
/** Decides whether a Codex line must be parsed; `from`/`to` are the window widened by the idle limit. */
function screenCodexLine(line, from, to) {
    const head = codexHead(line);
    if (head !== undefined) {
        if (STATE_LINES.has(head.type))
            return 'parse';
        if (!ACTIVITY_LINES.has(head.type))
            return unknownType(line);
        if (head.type === 'event_msg' && (head.payloadType === undefined || exports.STATE_EVENTS.has(head.payloadType)))
            return 'parse';
        return byTime(head.time, from, to);
    }
    // Another shape (keys in another order, an older format): search the whole line.
    if (ALWAYS.some((t) => line.includes(t)))
        return 'parse';
    if (!ACTIVITY.some((t) => line.includes(t)))
        return unknownType(line);
    return byTime((0, screenLine_js_1.peekTimestamp)(line), from, to);
}


/***/ }),

/***/ 1316:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.peekTimestamp = peekTimestamp;
exports.screenLine = screenLine;
const TAGS = {
    user: Buffer.from('"type":"user"'),
    assistant: Buffer.from('"type":"assistant"'),
    system: Buffer.from('"type":"system"'),
    toolResult: Buffer.from('"type":"tool_result"'),
    turnDuration: Buffer.from('"subtype":"turn_duration"'),
    timestamp: Buffer.from('"timestamp":"'),
};
/** Milliseconds of the line's first `"timestamp":"…"` value, or NaN. */
function peekTimestamp(line) {
    const at = line.indexOf(TAGS.timestamp);
    if (at < 0)
        return NaN;
    const from = at + TAGS.timestamp.length;
    const end = line.indexOf(0x22, from);
    if (end < 0 || end - from > 40)
        return NaN;
    return Date.parse(line.toString('latin1', from, end));
}
/**
 * Decides whether a line must be parsed. `from`/`to` are the window widened by the idle limit on
 * each side: an activity line outside them can neither join a working interval nor a supervisory
 * gap that reaches the window. Prompts and `turn_duration` lines are always parsed, because they
 * decide which turn the lines around them belong to.
 */
function screenLine(line, from, to) {
    const user = line.includes(TAGS.user);
    if (user && !line.includes(TAGS.toolResult))
        return 'parse';
    const system = !user && line.includes(TAGS.system);
    if (system && line.includes(TAGS.turnDuration))
        return 'parse';
    if (!user && !system && !line.includes(TAGS.assistant)) {
        // No known type tag: either a type that is not measured, or a line that is not JSON at all. The
        // latter is parsed so it is counted as unreadable.
        return line[0] === 0x7b && line[line.length - 1] === 0x7d ? 'skip' : 'parse';
    }
    const time = peekTimestamp(line);
    if (Number.isNaN(time))
        return 'parse';
    return time < from || time > to ? 'skip' : 'parse';
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TurnTracker = void 0;
class TurnTracker {
    idleMs;
    sink;
    open = false;
    start = 0;
    last = 0;
    segmentStart = 0;
    segments = [];
    durations = [];
    /** End of the last closed turn, waiting for the next prompt. */
    closedAt;
    constructor(idleMs, sink) {
        this.idleMs = idleMs;
        this.sink = sink;
    }
    prompt(time) {
        this.close();
        if (this.closedAt !== undefined && time >= this.closedAt) {
            this.sink.gap({ start: this.closedAt, end: time, counted: time - this.closedAt <= this.idleMs });
        }
        this.closedAt = undefined;
        this.begin(time);
    }
    activity(time) {
        // A stream that starts inside a turn (a resumed or compacted log): the turn starts at its first line.
        if (!this.open)
            this.begin(time);
        if (time <= this.last)
            return;
        if (time - this.last > this.idleMs) {
            this.segments.push({ start: this.segmentStart, end: this.last });
            this.segmentStart = time;
        }
        this.last = time;
    }
    turnEnd(time, durationMs) {
        this.activity(time);
        this.durations.push({ start: time - durationMs, end: time });
    }
    /** Closes the open turn: call at the end of the stream. */
    finish() {
        this.close();
    }
    begin(time) {
        this.open = true;
        this.start = time;
        this.last = time;
        this.segmentStart = time;
        this.segments = [];
        this.durations = [];
    }
    close() {
        if (!this.open)
            return;
        this.open = false;
        const lines = [...this.segments, { start: this.segmentStart, end: this.last }];
        this.sink.turn(this.durations.length > 0
            ? { start: this.start, end: this.last, source: 'turn_duration', intervals: this.durations }
            : { start: this.start, end: this.last, source: 'lines', intervals: lines });
        this.closedAt = this.last;
    }
}
exports.TurnTracker = TurnTracker;


/***/ }),

/***/ 3198:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AGENT_TRAILER_VALUES = void 0;
exports.trailerFigures = trailerFigures;
/** A measurement as trailer values: whole minutes (at least 1 when anything was measured), the token total, and the agent. */
const logLine_js_1 = __webpack_require__(9136);
/** How each agent is named in an `Agent` trailer. */
exports.AGENT_TRAILER_VALUES = { claude: 'claude-code', codex: 'codex' };
const wholeMinutes = (ms) => Math.max(1, Math.round(ms / 60_000));
/** Whether a session adds anything to the figures: working time in the window, or tokens. */
const contributes = (s) => s.turns.some((t) => t.counted.some((i) => i.end > i.start)) || (0, logLine_js_1.usageTotal)(s.usage) > 0;
/**
 * The agent whose sessions the figures come from, or undefined when two agents' do: the minutes are
 * then the union of both agents' work, and naming one would credit it with the other's time.
 */
function soleAgent(measurement) {
    const agents = new Set(measurement.sessions.filter(contributes).map((s) => s.agent ?? 'claude'));
    return agents.size === 1 ? exports.AGENT_TRAILER_VALUES[[...agents][0]] : undefined;
}
/** `undefined` when neither working time nor tokens were measured; a zero part is `undefined`. */
function trailerFigures(measurement) {
    const tokens = (0, logLine_js_1.usageTotal)(measurement.usage);
    if (measurement.claudeMs <= 0 && tokens <= 0)
        return undefined;
    const agent = soleAgent(measurement);
    return {
        claudeMinutes: wholeMinutes(measurement.claudeMs),
        supervisoryMinutes: measurement.supervisoryMs > 0 ? wholeMinutes(measurement.supervisoryMs) : undefined,
        tokens: tokens > 0 ? tokens : undefined,
        ...(agent === undefined ? {} : { agent }),
    };
}


/***/ }),

/***/ 8080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IANAZone = exports.DateTime = void 0;
/**
 * Luxon, as every module here uses it: imported from this file, so its settings hold everywhere.
 * The locale is fixed: every date we print is ISO text or a numeric format, and without one luxon
 * asks Intl for the machine's locale at its first date arithmetic (~10 ms of loading ICU at
 * start-up), whose numbering system could even change the digits of a period's name.
 */
const luxon_1 = __webpack_require__(2596);
luxon_1.Settings.defaultLocale = 'en-US';
var luxon_2 = __webpack_require__(2596);
Object.defineProperty(exports, "DateTime", ({ enumerable: true, get: function () { return luxon_2.DateTime; } }));
Object.defineProperty(exports, "IANAZone", ({ enumerable: true, get: function () { return luxon_2.IANAZone; } }));


/***/ })

};
;