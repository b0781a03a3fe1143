"use strict";
exports.id = 575;
exports.ids = [575];
exports.modules = {

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerValidateCommand: () => (/* binding */ registerValidateCommand)
/* harmony export */ });
/* harmony import */ var _config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6494);
/* harmony import */ var _git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8054);
/* harmony import */ var _git_runGit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
/* harmony import */ var _git_streamCommits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9598);
/* harmony import */ var _hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7094);
/* harmony import */ var _time_windowBasics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6238);
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6387);
/* harmony import */ var _usageError_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2163);








function registerValidateCommand(program, context) {
    program
        .command('validate [range]')
        .description('check the leverage trailers of every commit in a range (default: @{upstream}..HEAD); exit 1 listing each bad commit')
        .option('--repo <dir>', 'the repository (default: .)')
        .action(async (given, flags) => {
        const { io } = context;
        const repo = await (0,_git_openRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(flags.repo ?? '.', io.cwd);
        const config = await (0,_config_loadConfig_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(repo.root);
        let range = given;
        if (range === undefined) {
            const upstream = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitRaw */ .ig)(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], repo.root, undefined, io.env);
            if (upstream.exitCode !== 0)
                throw new _usageError_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e('the current branch has no upstream: give a range, e.g. git-leverage validate origin/main..HEAD');
            range = '@{upstream}..HEAD';
        }
        if (range.startsWith('-'))
            throw new _usageError_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`"${range}" is not a range`);
        // The collector's reading of each commit's leverage trailers: what `report` will count.
        const leverage = new Map();
        for await (const batch of (0,_git_streamCommits_js__WEBPACK_IMPORTED_MODULE_3__/* .streamCommits */ .Tp)(repo, { window: (0,_time_windowBasics_js__WEBPACK_IMPORTED_MODULE_7__/* .rangeWindow */ .G$)(range, 'UTC'), revs: [], keys: config.trailerOptions.keys })) {
            for (const commit of batch)
                leverage.set(commit.sha, commit.trailers);
        }
        // Every commit of the range, for the policy (merges, reverts, `Leverage: none`).
        const list = await (0,_git_runGit_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(['log', '-z', '--encoding=UTF-8', `--format=%H%x1f%P%x1f%s%x1f%(trailers:key=${_hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_LEVERAGE_KEY */ .yw},valueonly,separator=%x1e)`, range, '--'], repo.root, undefined, io.env);
        let checked = 0;
        const bad = [];
        for (const entry of list.split('\0').filter(Boolean)) {
            const [sha = '', parents = '', subject = '', none = ''] = entry.split('\x1f');
            checked += 1;
            const trailers = [...(leverage.get(sha) ?? []), ...none.split('\x1e').filter(Boolean).map((value) => ({ key: _hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_LEVERAGE_KEY */ .yw, value: value.trim() }))];
            const result = (0,_hooks_checkCommitMessage_js__WEBPACK_IMPORTED_MODULE_4__/* .checkCommitMessage */ .HH)({ trailers, subject, merging: parents.trim().includes(' '), reverting: false }, config.require, config.trailerOptions);
            if (!result.ok)
                bad.push(`${sha.slice(0, 12)} ${subject}\n${result.problems.map((p) => `    ${(0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_5__/* .describeProblem */ .BJ)(p)}`).join('\n')}`);
        }
        if (bad.length === 0) {
            io.stdout(`git-leverage: ${checked} commit${checked === 1 ? '' : 's'} in ${range} checked, all valid (require: ${config.require})\n`);
            return;
        }
        io.stderr(`git-leverage: ${bad.length} of ${checked} commits in ${range} have leverage trailers that do not pass (require: ${config.require}):\n${bad.map((b) => `  ${b}`).join('\n')}\n`);
        context.setExitCode(1);
    });
}


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ checkCommitMessage),
/* harmony export */   yw: () => (/* binding */ NO_LEVERAGE_KEY)
/* harmony export */ });
/* unused harmony export exemption */
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6387);
/**
 * The commit-msg decision, pure: a message's trailers (as git parsed them) and the policy in, a
 * verdict and the lines to show out. The same readLeverageTrailers the collector uses decides
 * validity, so what the hook accepts the report counts, and what the report would skip is refused.
 */

/** `Leverage: none` says a commit deliberately carries no record (for `require: always`). */
const NO_LEVERAGE_KEY = 'Leverage';
/** Merge, fixup/squash/amend! and revert commits never need a record of their own. */
function exemption(facts) {
    if (facts.merging || /^Merge (branch|remote-tracking branch|tag|pull request|commit) /.test(facts.subject))
        return 'a merge commit';
    if (/^(fixup|squash|amend)! /.test(facts.subject))
        return 'a fixup/squash commit';
    if (facts.reverting || /^Revert "/.test(facts.subject))
        return 'a revert';
    return undefined;
}
function saysNone(trailers) {
    return trailers.some((t) => t.key.toLowerCase() === NO_LEVERAGE_KEY.toLowerCase() && t.value.trim().toLowerCase() === 'none');
}
function checkCommitMessage(facts, policy, options) {
    const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .readLeverageTrailers */ .Iy)(facts.trailers, options);
    const result = (problems, exempt) => ({ ok: problems.length === 0, verdict, problems, exemption: exempt });
    // Invalid trailers are refused under every policy: the report would skip them.
    if (verdict.kind === 'invalid')
        return result(verdict.problems);
    if (verdict.kind === 'record' || policy === 'never')
        return result([]);
    const exempt = exemption(facts);
    const { keys } = options;
    const recordForm = `${keys.task}, ${keys.humanEstimate} and ${keys.claudeMinutes} trailers in the last paragraph (see git-leverage commit --help)`;
    if (verdict.kind === 'link') {
        // `records`: a leverage trailer is there, so it must make a full record (a lone link is refused).
        if (exempt)
            return result([], exempt);
        return result([
            {
                key: keys.humanEstimate,
                value: undefined,
                message: `is missing: this repository's policy (require: ${policy}) wants a full record, not only ${keys.task}/${keys.taskId}`,
                accepted: recordForm,
            },
        ]);
    }
    if (policy === 'records' || exempt || saysNone(facts.trailers))
        return result([], exempt);
    return result([
        {
            key: keys.task,
            value: undefined,
            message: `and the other leverage trailers are missing: this repository's policy (require: always) wants a record on every commit`,
            accepted: `${recordForm}, or ${NO_LEVERAGE_KEY}: none for a commit without one`,
        },
    ]);
}


/***/ }),

/***/ 6387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jY: () => (/* reexport */ trailerKeys/* DEFAULT_TRAILER_KEYS */.jY),
  yR: () => (/* reexport */ trailerKeys/* LEVERAGE_FIELDS */.yR),
  BJ: () => (/* binding */ describeProblem),
  F_: () => (/* reexport */ trailerKeys/* fieldOfKey */.F_),
  Iy: () => (/* binding */ readLeverageTrailers)
});

// UNUSED EXPORTS: DEFAULT_TRAILER_OPTIONS

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/parse.js
var parse = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/trailers/trailerKeys.ts
var trailerKeys = __webpack_require__(4847);
;// CONCATENATED MODULE: ./src/trailers/valueGrammar.ts
/**
 * The grammars of leverage trailer values. Pure string → number parsers that return `undefined` for
 * anything they do not accept, so the zod schema (trailerSchema.ts) owns the error messages.
 */
const NUMBER = String.raw `\d+(?:\.\d+)?`;
const UNIT_PARTS = new RegExp(String.raw `^(?:(${NUMBER})\s*d)?\s*(?:(${NUMBER})\s*h)?\s*(?:(${NUMBER})\s*m)?$`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);
/** What a person may write, shown in every rejection. */
const ACCEPTED_FORMS = {
    humanEstimate: 'hours or a duration: 160h, 1.5h, 0.75h, 90m, 1h30m, 2d (a bare number means hours)',
    minutes: 'minutes: 20, 2.5, 20m, 1h5m (a bare number means minutes)',
    tokens: 'a whole number of tokens: 412000, 412k, 1.2M, 4,129,000',
    task: 'one line of text describing the task',
    taskId: 'a short id of letters, digits and . _ / # : - (at most 64 characters), e.g. NOTIF-12',
};
/**
 * Parses a duration into minutes. `bareUnit` says what a number without a unit means.
 * Days are `hoursPerDay` hours long.
 */
function parseDurationMinutes(text, bareUnit, hoursPerDay) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (BARE_NUMBER.test(value))
        return Number(value) * (bareUnit === 'h' ? 60 : 1);
    const match = UNIT_PARTS.exec(value);
    if (!match)
        return undefined;
    const [, days, hours, minutes] = match;
    if (days === undefined && hours === undefined && minutes === undefined)
        return undefined;
    return Number(days ?? 0) * hoursPerDay * 60 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}
const TOKEN_SUFFIX = { k: 1e3, m: 1e6, b: 1e9 };
const TOKENS_PLAIN = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const TOKENS_SUFFIXED = /^(\d+(?:\.\d+)?)\s*([kmb])$/i;
/** Parses a token count: `412000`, `412k`, `1.2M`, `4,129,000`. Only whole numbers are tokens. */
function parseTokens(text) {
    const value = text.trim();
    if (TOKENS_PLAIN.test(value))
        return Number(value.replaceAll(',', ''));
    const match = TOKENS_SUFFIXED.exec(value);
    if (!match)
        return undefined;
    const [, amount = '', suffix = ''] = match;
    const tokens = Number(`${amount}e${Math.log10(TOKEN_SUFFIX[suffix.toLowerCase()] ?? 1)}`);
    return Number.isInteger(tokens) ? tokens : undefined;
}
/** Task-Id: short, printable, no spaces, so it can be matched across repositories. */
const TASK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/#:-]{0,63}$/;

;// CONCATENATED MODULE: ./src/trailers/trailerSchema.ts
/**
 * The one schema of leverage trailers, shared by the collector, the commit-msg hook, the CLI's
 * writers and the Action. Input: the trailers git's own parser found in a message. Output: a verdict.
 *
 * Written with zod's functional build (`zod/mini`: the same zod 4 core, checks, issues and
 * messages, without the method-chaining layer classic zod adds to every schema). The commit-msg
 * hook loads this schema on every commit with leverage trailers, and its budget is measured against
 * Node's bare start-up: classic zod cost it ~5 ms more (bench/hook, docs/hooks.md "Speed").
 */



// The key names live apart so that the stream parser can use them without loading zod.

/** Fields whose presence makes a commit a record (and so requires Task, Human-Estimate, Claude-Minutes). */
const FIGURE_FIELDS = ['humanEstimate', 'claudeMinutes', 'supervisoryMinutes', 'tokens'];
const RECORD_REQUIRES = ['task', 'humanEstimate', 'claudeMinutes'];
const ACCEPTED = {
    task: ACCEPTED_FORMS.task,
    humanEstimate: ACCEPTED_FORMS.humanEstimate,
    claudeMinutes: ACCEPTED_FORMS.minutes,
    supervisoryMinutes: ACCEPTED_FORMS.minutes,
    tokens: ACCEPTED_FORMS.tokens,
    taskId: ACCEPTED_FORMS.taskId,
};
/** A custom issue from a transform (zod/mini's transforms report through the payload). */
function fail(ctx, input, message) {
    ctx.issues.push({ code: 'custom', message, input });
    return core/* NEVER */.tm;
}
function positiveDuration(bareUnit, hoursPerDay, what) {
    return schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((text, ctx) => {
        const minutes = parseDurationMinutes(text, bareUnit, hoursPerDay);
        if (minutes === undefined)
            return fail(ctx, text, 'is not a duration');
        if (!(minutes > 0))
            return fail(ctx, text, `is not more than zero; ${what} must be more than zero`);
        return minutes;
    }));
}
function buildSchema(hoursPerDay) {
    return schemas/* object */.Ikc({
        task: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _trim */.WN(), api/* _minLength */.m9(1, 'is empty'), api/* _maxLength */.Eb(2000, 'is longer than 2,000 characters'))),
        taskId: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _trim */.WN(), api/* _regex */.Fk(TASK_ID_PATTERN, 'is not a valid task id'))),
        humanEstimate: schemas/* optional */.lqM(positiveDuration('h', hoursPerDay, 'the human estimate')),
        claudeMinutes: schemas/* optional */.lqM(positiveDuration('m', hoursPerDay, 'the agent minutes')),
        supervisoryMinutes: schemas/* optional */.lqM(positiveDuration('m', hoursPerDay, 'supervisory minutes (omit the trailer when nobody supervised)')),
        tokens: schemas/* optional */.lqM(schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((text, ctx) => {
            const tokens = parseTokens(text);
            return tokens === undefined ? fail(ctx, text, 'is not a token count') : tokens;
        }))),
    });
}
/** Verdicts on figure texts kept per schema: enough for any real history's distinct estimates, bounded for any other. */
const REMEMBERED_FIGURES = 4096;
/**
 * The schema of one `hoursPerDay`, and a field-by-field check through its own field schemas. A
 * commit is checked field by field rather than as one object: most of a long history's cost in
 * zod was the object's own layer (a payload and a result a field, absent ones included), and
 * figure texts repeat (`16h`, `2.5`, `412k`), so zod's verdict on each is remembered. zod still
 * decides every value, with the same messages.
 */
class LeverageSchema {
    object;
    /** The fields in the schema's order: problems are listed in it. */
    fields;
    remembered = new Map();
    constructor(hoursPerDay) {
        this.object = buildSchema(hoursPerDay);
        this.fields = Object.keys(this.object.shape);
        for (const field of FIGURE_FIELDS)
            this.remembered.set(field, new Map());
    }
    check(field, text) {
        const remembered = this.remembered.get(field);
        const known = remembered?.get(text);
        if (known)
            return known;
        const parsed = parse/* safeParse */.xL(this.object.shape[field], text);
        const verdict = parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((issue) => issue.message) };
        if (remembered && remembered.size < REMEMBERED_FIGURES)
            remembered.set(text, verdict);
        return verdict;
    }
}
const schemaCache = new Map();
function schemaOf(hoursPerDay) {
    let schema = schemaCache.get(hoursPerDay);
    if (!schema) {
        schema = new LeverageSchema(hoursPerDay);
        schemaCache.set(hoursPerDay, schema);
    }
    return schema;
}
/**
 * Reads the leverage trailers among all of a message's trailers (as git parsed them) and decides:
 * no leverage trailers, a link (Task/Task-Id only), a record, or invalid with every problem listed.
 */
function readLeverageTrailers(trailers, options) {
    const { keys } = options;
    const values = {};
    const problems = [];
    let found = 0;
    for (const trailer of trailers) {
        const field = (0,trailerKeys/* fieldOfKey */.F_)(trailer.key, keys);
        if (!field)
            continue;
        if (values[field] !== undefined) {
            problems.push({
                key: keys[field],
                value: trailer.value,
                message: `appears a second time (first "${values[field]}"); a commit carries each leverage trailer once`,
                accepted: ACCEPTED[field],
            });
            continue;
        }
        values[field] = trailer.value;
        found += 1;
    }
    if (found === 0 && problems.length === 0)
        return { kind: 'none' };
    const schema = schemaOf(options.hoursPerDay);
    const data = {};
    for (const field of schema.fields) {
        const text = values[field];
        if (text === undefined)
            continue;
        const verdict = schema.check(field, text);
        if (verdict.ok) {
            data[field] = verdict.value;
            continue;
        }
        for (const message of verdict.messages)
            problems.push({ key: keys[field], value: text, message, accepted: ACCEPTED[field] });
    }
    const isRecord = FIGURE_FIELDS.some((field) => values[field] !== undefined);
    if (isRecord) {
        for (const field of RECORD_REQUIRES) {
            if (values[field] === undefined) {
                problems.push({
                    key: keys[field],
                    value: undefined,
                    message: `is missing: a commit with figures needs ${RECORD_REQUIRES.map((f) => keys[f]).join(', ')}`,
                    accepted: ACCEPTED[field],
                });
            }
        }
    }
    // A value zod rejects always comes with at least one message, so problems hold every rejection.
    if (problems.length > 0)
        return { kind: 'invalid', problems };
    const task = data.task;
    const taskId = data.taskId;
    if (!isRecord)
        return { kind: 'link', task, taskId };
    return {
        kind: 'record',
        figures: {
            task: task,
            taskId,
            humanMinutes: data.humanEstimate,
            claudeMinutes: data.claudeMinutes,
            supervisoryMinutes: data.supervisoryMinutes,
            tokens: data.tokens,
        },
    };
}
/** One problem as a single line: `Human-Estimate: "abc" is not a duration (accepted: ...)`. */
function describeProblem(problem) {
    const subject = problem.value === undefined ? problem.key : `${problem.key}: "${problem.value}"`;
    return `${subject} ${problem.message} (accepted: ${problem.accepted})`;
}


/***/ })

};
;