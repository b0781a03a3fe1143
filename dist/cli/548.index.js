"use strict";
exports.id = 548;
exports.ids = [548];
exports.modules = {

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ supervisoryFactorOf),
/* harmony export */   Jt: () => (/* binding */ factorOf),
/* harmony export */   classifyCommit: () => (/* binding */ classifyCommit),
/* harmony export */   createRecordBuilder: () => (/* binding */ createRecordBuilder),
/* harmony export */   dY: () => (/* binding */ addFigures),
/* harmony export */   kA: () => (/* binding */ buildRecord),
/* harmony export */   x0: () => (/* binding */ computeTotals)
/* harmony export */ });
/* harmony import */ var _trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6387);
/**
 * Commits → tasks → totals. Pure: the counting rules of the README live here and only here.
 *
 * - a record (figures) or a link (Task/Task-Id only) joins the task of its Task-Id, else of its Task text;
 * - the same commit reached twice, or a cherry-picked/rebased copy of a record (same author, author
 *   date and leverage trailers), counts once;
 * - a commit whose trailers do not validate is skipped and listed, never guessed.
 */

/** A task's factor: its human minutes over its agent minutes. */
function factorOf(row) {
    return row.humanMinutes / row.claudeMinutes;
}
/** A task's supervisory factor: the human minutes of its supervised records over their supervisory minutes. */
function supervisoryFactorOf(row) {
    return row.supervisoryMinutes === undefined ? undefined : row.supervisedHumanMinutes / row.supervisoryMinutes;
}
/** Reads a commit's leverage trailers; undefined when it has none (most commits). */
function classifyCommit(commit, options) {
    const verdict = (0,_trailers_trailerSchema_js__WEBPACK_IMPORTED_MODULE_0__/* .readLeverageTrailers */ .Iy)(commit.trailers, options);
    if (verdict.kind === 'none')
        return undefined;
    // Spelled out rather than spread: one object of a fixed shape, tens of thousands of times.
    return { repo: commit.repo, sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail, authorTime: commit.authorTime, subject: commit.subject, verdict };
}
const HOURS_PER_WEEK = 40;
/**
 * The same record, however it was reached: author (e-mail, case-insensitively), author date and
 * figures. `counted` is a record already counted at the same author time.
 */
function sameRecord(counted, commit, figures) {
    const other = counted.verdict.figures;
    return (other.task === figures.task &&
        (other.taskId ?? null) === (figures.taskId ?? null) &&
        other.humanMinutes === figures.humanMinutes &&
        other.claudeMinutes === figures.claudeMinutes &&
        (other.supervisoryMinutes ?? null) === (figures.supervisoryMinutes ?? null) &&
        (other.tokens ?? null) === (figures.tokens ?? null) &&
        counted.authorEmail.toLowerCase() === commit.authorEmail.toLowerCase());
}
/** Whitespace other than single spaces: only then does normalising a task text change it. */
const UNNORMALISED_SPACE = /\s\s|[^\S ]/;
/** A task text as it groups tasks: runs of whitespace as one space. */
function normaliseText(task) {
    return UNNORMALISED_SPACE.test(task) ? task.replace(/\s+/g, ' ') : task;
}
/** Accumulates commits one at a time (so a collector can stream), then produces the record. */
function createRecordBuilder(options) {
    const seenShas = new Map();
    // Records counted, by author time (a number: no identity string is built per commit). Author
    // times rarely repeat, so most entries hold one commit; its TaskCommit is seenShas' entry.
    const recordsByTime = new Map();
    // Tasks by key (`id:<lower-case id>` / `text:<normalised text>`), split in two maps so a lookup
    // needs no key string; `rows` keeps the order in which tasks were first seen.
    const tasksById = new Map();
    const tasksByText = new Map();
    const rows = [];
    const links = [];
    const skipped = [];
    function add(commit) {
        const seen = seenShas.get(commit.sha);
        if (seen !== undefined) {
            if ('copies' in seen && seen.repo !== commit.repo && !seen.copies.some((c) => c.repo === commit.repo)) {
                seen.copies.push({ repo: commit.repo, sha: commit.sha });
            }
            return;
        }
        const verdict = commit.verdict;
        if (verdict.kind === 'invalid') {
            const entry = { repo: commit.repo, sha: commit.sha, subject: commit.subject, authorTime: commit.authorTime, problems: verdict.problems };
            skipped.push(entry);
            seenShas.set(commit.sha, entry);
            return;
        }
        const taskCommit = {
            repo: commit.repo,
            sha: commit.sha,
            authorTime: commit.authorTime,
            subject: commit.subject,
            role: verdict.kind,
            figures: verdict.kind === 'record' ? verdict.figures : undefined,
            copies: [],
        };
        seenShas.set(commit.sha, taskCommit);
        if (verdict.kind === 'link') {
            links.push({ commit: taskCommit, task: verdict.task, taskId: verdict.taskId });
            return;
        }
        const figures = verdict.figures;
        const counted = recordsByTime.get(commit.authorTime);
        if (counted === undefined)
            recordsByTime.set(commit.authorTime, commit);
        else {
            const original = Array.isArray(counted) ? counted.find((other) => sameRecord(other, commit, figures)) : sameRecord(counted, commit, figures) ? counted : undefined;
            if (original !== undefined) {
                seenShas.get(original.sha).copies.push({ repo: commit.repo, sha: commit.sha });
                return;
            }
            if (Array.isArray(counted))
                counted.push(commit);
            else
                recordsByTime.set(commit.authorTime, [counted, commit]);
        }
        addRecordToTask(taskCommit, figures);
    }
    /** Where a task is kept: by lower-case Task-Id, else by its text with whitespace normalised. */
    function taskSlot(task, taskId) {
        if (taskId !== undefined) {
            const key = taskId.toLowerCase();
            return { tasks: tasksById, key, rowKey: `id:${key}` };
        }
        const key = normaliseText(task ?? '');
        return { tasks: tasksByText, key, rowKey: `text:${key}` };
    }
    function findTask(task, taskId) {
        const { tasks, key } = taskSlot(task, taskId);
        return tasks.get(key);
    }
    function addRecordToTask(commit, figures) {
        const slot = taskSlot(figures.task, figures.taskId);
        let row = slot.tasks.get(slot.key);
        if (!row) {
            row = {
                key: slot.rowKey,
                task: figures.task,
                taskId: figures.taskId,
                humanMinutes: 0,
                claudeMinutes: 0,
                supervisoryMinutes: undefined,
                supervisedHumanMinutes: 0,
                tokens: undefined,
                // A double from the start (addToRow sets it at once), so that its updates never change the
                // field's representation (from a 0, V8 migrated each of 10,000 rows, ~8 ms).
                factor: Number.NaN,
                supervisoryFactor: undefined,
                firstAuthorTime: commit.authorTime,
                lastAuthorTime: commit.authorTime,
                repositories: [commit.repo], // finish() replaces it unless the task is this one commit, reached once
                commits: [commit],
            };
            slot.tasks.set(slot.key, row);
            rows.push(row);
            addToRow(row, figures);
            options.onTask?.(row);
            return;
        }
        else {
            if (commit.authorTime < row.firstAuthorTime) {
                // The earliest record names the task (collectors walk newest first).
                row.firstAuthorTime = commit.authorTime;
                row.task = figures.task;
            }
            if (commit.authorTime > row.lastAuthorTime)
                row.lastAuthorTime = commit.authorTime;
            row.commits.push(commit);
        }
        addToRow(row, figures);
    }
    /**
     * Adds a record's figures to its task, and keeps the task's factors current: worked out here, as
     * each record comes while git walks, rather than over every task once git has exited.
     */
    function addToRow(row, figures) {
        addFigures(row, figures);
        row.factor = factorOf(row);
        row.supervisoryFactor = supervisoryFactorOf(row);
    }
    function attachLinks() {
        const unmatched = [];
        if (links.length === 0)
            return unmatched;
        // Tasks by their text whatever their key, for a link with only Task text to find a task that has
        // a Task-Id: built only when such a link is not found otherwise (links usually carry Task-Id).
        let byText;
        const taskOfText = (text) => {
            if (!byText) {
                byText = new Map();
                for (const row of rows) {
                    const rowText = normaliseText(row.task);
                    if (!byText.has(rowText))
                        byText.set(rowText, row);
                }
            }
            return byText.get(normaliseText(text));
        };
        for (const link of links) {
            const row = findTask(link.task, link.taskId) ?? (link.taskId === undefined ? taskOfText(link.task ?? '') : undefined);
            if (row)
                row.commits.push(link.commit);
            else
                unmatched.push(link.commit);
        }
        return unmatched;
    }
    function finish() {
        const unmatchedLinks = attachLinks();
        for (let index = 0; index < rows.length; index += 1) {
            const row = rows[index];
            const commits = row.commits;
            const only = commits.length === 1 ? commits[0] : undefined;
            if (only !== undefined && only.copies.length === 0)
                continue; // most tasks: one commit, reached once
            commits.sort((a, b) => a.authorTime - b.authorTime || a.sha.localeCompare(b.sha));
            const repositories = new Set();
            for (const commit of commits) {
                repositories.add(commit.repo);
                for (const copy of commit.copies)
                    repositories.add(copy.repo);
            }
            row.repositories = [...repositories].sort();
        }
        sortRows(rows, options.sort);
        skipped.sort((a, b) => a.authorTime - b.authorTime || a.repo.localeCompare(b.repo) || a.sha.localeCompare(b.sha));
        return { tasks: rows, order: options.sort, totals: computeTotals(rows), skipped, unmatchedLinks };
    }
    return { add, finish };
}
/** Adds one record's figures to a task's (or a roll-up share's) sums; factors are derived from the sums (factorOf). */
function addFigures(row, figures) {
    row.humanMinutes += figures.humanMinutes;
    row.claudeMinutes += figures.claudeMinutes;
    if (figures.supervisoryMinutes !== undefined) {
        row.supervisoryMinutes = (row.supervisoryMinutes ?? 0) + figures.supervisoryMinutes;
        row.supervisedHumanMinutes += figures.humanMinutes;
    }
    if (figures.tokens !== undefined)
        row.tokens = (row.tokens ?? 0) + figures.tokens;
}
/** Convenience for callers that already hold every commit. */
function buildRecord(commits, options) {
    const builder = createRecordBuilder(options);
    for (const commit of commits)
        builder.add(commit);
    return builder.finish();
}
/** Task keys in code-unit order: the same on every machine, whatever its locale (localeCompare's is not). */
function compareKeys(a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
function byTime(a, b) {
    return a.firstAuthorTime - b.firstAuthorTime || compareKeys(a, b);
}
/**
 * Puts rows in Task Log order: by factor, descending, and equal factors in the order the work was
 * done (`--sort time`: that order alone). Factors repeat (estimates and minutes are round numbers),
 * so rows are grouped by factor, the distinct factors sorted as numbers (a typed array's sort, no
 * comparator), and only rows that share a factor are compared: over 10,000 tasks a comparator sort
 * made ~130,000 calls, 10-20 ms at the report's end where the code is still cold.
 */
function sortRows(rows, sort) {
    if (sort === 'time') {
        rows.sort(byTime);
        return;
    }
    const byFactor = new Map();
    for (let index = 0; index < rows.length; index += 1) {
        const row = rows[index];
        const group = byFactor.get(row.factor);
        if (group)
            group.push(row);
        else
            byFactor.set(row.factor, [row]);
    }
    const factors = Float64Array.from(byFactor.keys()).sort();
    let at = 0;
    for (let index = factors.length - 1; index >= 0; index -= 1) {
        const group = byFactor.get(factors[index]);
        if (group.length > 1)
            group.sort(byTime);
        for (let member = 0; member < group.length; member += 1)
            rows[at++] = group[member];
    }
}
function computeTotals(rows) {
    let humanMinutes = 0;
    let claudeMinutes = 0;
    let supervisoryMinutes;
    let supervisedHumanMinutes = 0;
    let tokens;
    let tasksWithoutSupervision = 0;
    let tasksWithoutTokens = 0;
    // The count is read before the loop, not in the result: V8 optimises the loop while it runs (OSR),
    // before the code after it has ever run, and a first read there deoptimised that code at the end
    // of every later call (a roll-up calls this once a period: 37 deoptimisations, ~10 ms).
    const tasks = rows.length;
    for (let index = 0; index < tasks; index += 1) {
        const row = rows[index];
        humanMinutes += row.humanMinutes;
        claudeMinutes += row.claudeMinutes;
        if (row.supervisoryMinutes === undefined)
            tasksWithoutSupervision += 1;
        else {
            supervisoryMinutes = (supervisoryMinutes ?? 0) + row.supervisoryMinutes;
            supervisedHumanMinutes += row.supervisedHumanMinutes;
        }
        if (row.tokens === undefined)
            tasksWithoutTokens += 1;
        else
            tokens = (tokens ?? 0) + row.tokens;
    }
    return {
        tasks,
        humanMinutes,
        claudeMinutes,
        supervisoryMinutes,
        supervisedHumanMinutes,
        tokens,
        factor: claudeMinutes > 0 ? humanMinutes / claudeMinutes : undefined,
        supervisoryFactor: supervisoryMinutes ? supervisedHumanMinutes / supervisoryMinutes : undefined,
        weeks: humanMinutes / 60 / HOURS_PER_WEEK,
        tasksWithoutSupervision,
        tasksWithoutTokens,
    };
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