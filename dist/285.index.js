export const id = 285;
export const ids = [285];
export const modules = {

/***/ 285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony export configSchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _zod_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4847);
/* harmony import */ var _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6252);
/* harmony import */ var _window_timezones_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(604);
/**
 * `.leverage.yml`: the one configuration of the CLI, the hooks and the Action. Pure: parsing text
 * into a validated config, with every problem located by line.
 */





// Defaults and the error live apart so a run without a config file loads neither yaml nor zod.

const trailerKey = _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(_trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAILER_KEY_PATTERN */ .bz, 'a trailer key is letters, digits and dashes, e.g. Human-Estimate');
/**
 * Two fields with one key (`claudeMinutes: Task`) would leave one of them unreadable, and every
 * commit would be skipped with a message that names neither: refused at the field that takes a key
 * already taken, naming the field that has it. Keys are compared without case, as git compares
 * them; a field that is not renamed keeps its default key.
 */
function refuseSharedKeys(renamed, ctx) {
    const owner = new Map();
    // Fields keeping their default are placed first, so the message lands on the renamed one.
    const order = [..._trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVERAGE_FIELDS */ .yR.filter((field) => renamed[field] === undefined), ..._trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVERAGE_FIELDS */ .yR.filter((field) => renamed[field] !== undefined)];
    for (const field of order) {
        const key = renamed[field] ?? _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TRAILER_KEYS */ .jY[field];
        const other = owner.get(key.toLowerCase());
        if (other === undefined) {
            owner.set(key.toLowerCase(), field);
            continue;
        }
        const otherKey = renamed[other] ?? _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TRAILER_KEYS */ .jY[other];
        const otherSaid = renamed[other] === undefined ? `its default key "${otherKey}"` : `"${otherKey}"`;
        ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `"${key}" is also the key of ${other} (${otherSaid}); each field needs its own key (git matches keys without regard to case)`,
        });
    }
}
/** The estimate check (docs/estimates.md): a second opinion on every Human-Estimate from its change's size. */
const estimatesSchema = _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    check: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().describe('Judge every estimate against its change size (default true)').optional(),
    lookbackDays: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative().max(3650).describe('Days before a day window whose tasks join the reference (default 90)').optional(),
    flagFactor: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().gt(1).max(1000).describe('Flag an estimate this many times above or below what its size suggests (default 4)').optional(),
    minimumTasks: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(1).describe('Reference tasks needed before anything is judged (default 10)').optional(),
    exclude: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).describe('Globs of paths whose lines say nothing about effort, e.g. docs/generated/**').optional(),
})
    .strict()
    .describe('The estimate check: a second opinion on every Human-Estimate from its change size');
const configSchema = _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    timezone: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .refine(_window_timezones_js__WEBPACK_IMPORTED_MODULE_3__/* .isKnownTimezone */ .Dy, { error: (issue) => `"${String(issue.input)}" is not a time zone this machine knows (accepted: ${_window_timezones_js__WEBPACK_IMPORTED_MODULE_3__/* .TIMEZONE_FORM */ .hW})` })
        .describe('IANA time zone the days of a report are counted in, e.g. America/New_York')
        .optional(),
    hoursPerDay: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().positive().max(24).describe('Hours in a day of `Human-Estimate: 2d` (default 8)').optional(),
    revs: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).min(1).describe('What history to walk (git revisions); default all local branches and HEAD').optional(),
    sort: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['factor', 'time']).describe('Task Log order: factor (descending) or time').optional(),
    agent: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(40).describe('Label of the agent column (default Claude)').optional(),
    trailers: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc(Object.fromEntries(_trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVERAGE_FIELDS */ .yR.map((field) => [field, trailerKey.optional()])))
        .strict()
        .superRefine(refuseSharedKeys)
        .describe('Renamed trailer keys')
        .optional(),
    require: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['never', 'records', 'always']).describe('commit-msg policy: never (default), records, always').optional(),
    measure: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().describe('Fill Claude-Minutes, Supervisory-Minutes and Tokens from the agents\' session logs (Claude Code, Codex) at commit time').optional(),
    idleMinutes: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().positive().describe('A gap longer than this means nobody was there (default 5)').optional(),
    chart: _zod_mjs__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['mermaid', 'none']).describe('Chart in Markdown output').optional(),
    estimates: estimatesSchema.optional(),
})
    .strict();
/** The YAML node at a path, to say which line a problem is on. */
function nodeAt(root, path) {
    let node = root ?? undefined;
    let keyNode;
    for (const part of path) {
        if (!node || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return { node: undefined, keyNode };
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && item.key.value === part);
        if (!pair)
            return { node: undefined, keyNode };
        keyNode = pair.key;
        node = pair.value ?? undefined;
    }
    return { node, keyNode };
}
/**
 * Parses `.leverage.yml` text. Unknown keys and bad values are errors that name the key and its line.
 * `source` names the file in messages.
 */
function parseConfig(text, source) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
    if (doc.errors.length > 0) {
        throw new _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(source, doc.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`));
    }
    const data = doc.toJS() ?? {};
    const parsed = configSchema.safeParse(data);
    if (parsed.success)
        return (0,_resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveConfig */ .p)(parsed.data);
    const problems = parsed.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const { keyNode } = nodeAt(doc.contents, [...issue.path, key]);
                const line = lineOf(keyNode);
                const known = issue.path.length === 0 ? Object.keys(configSchema.shape) : issue.path[0] === 'estimates' ? Object.keys(estimatesSchema.shape) : _trailers_trailerKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVERAGE_FIELDS */ .yR;
                return `${line ? `line ${line}: ` : ''}unknown key "${[...issue.path, key].join('.')}" (known keys: ${known.join(', ')})`;
            });
        }
        const { node, keyNode } = nodeAt(doc.contents, issue.path);
        const line = lineOf(keyNode ?? node);
        return [`${line ? `line ${line}: ` : ''}${issue.path.join('.') || '(top level)'}: ${issue.message}`];
    });
    const lineNumber = (problem) => Number(/^line (\d+)/.exec(problem)?.[1] ?? Infinity);
    throw new _resolveConfig_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(source, problems.sort((a, b) => lineNumber(a) - lineNumber(b)));
}


/***/ })

};
