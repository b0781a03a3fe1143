"use strict";
exports.id = 285;
exports.ids = [285];
exports.modules = {

/***/ 285:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.configSchema = exports.resolveConfig = exports.ConfigError = void 0;
exports.parseConfig = parseConfig;
/**
 * `.leverage.yml`: the one configuration of the CLI, the hooks and the Action. Pure: parsing text
 * into a validated config, with every problem located by line.
 */
const yaml_1 = __webpack_require__(8815);
const z = __importStar(__webpack_require__(4147));
const trailerKeys_js_1 = __webpack_require__(4847);
const resolveConfig_js_1 = __webpack_require__(6252);
const timezones_js_1 = __webpack_require__(604);
// Defaults and the error live apart so a run without a config file loads neither yaml nor zod.
var resolveConfig_js_2 = __webpack_require__(6252);
Object.defineProperty(exports, "ConfigError", ({ enumerable: true, get: function () { return resolveConfig_js_2.ConfigError; } }));
Object.defineProperty(exports, "resolveConfig", ({ enumerable: true, get: function () { return resolveConfig_js_2.resolveConfig; } }));
const trailerKey = z.string().regex(trailerKeys_js_1.TRAILER_KEY_PATTERN, 'a trailer key is letters, digits and dashes, e.g. Human-Estimate');
/**
 * Two fields with one key (`claudeMinutes: Task`) would leave one of them unreadable, and every
 * commit would be skipped with a message that names neither: refused at the field that takes a key
 * already taken, naming the field that has it. Keys are compared without case, as git compares
 * them; a field that is not renamed keeps its default key.
 */
function refuseSharedKeys(renamed, ctx) {
    const owner = new Map();
    // Fields keeping their default are placed first, so the message lands on the renamed one.
    const order = [...trailerKeys_js_1.LEVERAGE_FIELDS.filter((field) => renamed[field] === undefined), ...trailerKeys_js_1.LEVERAGE_FIELDS.filter((field) => renamed[field] !== undefined)];
    for (const field of order) {
        const key = renamed[field] ?? trailerKeys_js_1.DEFAULT_TRAILER_KEYS[field];
        const other = owner.get(key.toLowerCase());
        if (other === undefined) {
            owner.set(key.toLowerCase(), field);
            continue;
        }
        const otherKey = renamed[other] ?? trailerKeys_js_1.DEFAULT_TRAILER_KEYS[other];
        const otherSaid = renamed[other] === undefined ? `its default key "${otherKey}"` : `"${otherKey}"`;
        ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `"${key}" is also the key of ${other} (${otherSaid}); each field needs its own key (git matches keys without regard to case)`,
        });
    }
}
/** The estimate check (docs/estimates.md): a second opinion on every Human-Estimate from its change's size. */
const estimatesSchema = z
    .object({
    check: z.boolean().describe('Judge every estimate against its change size (default true)').optional(),
    lookbackDays: z.number().int().nonnegative().max(3650).describe('Days before a day window whose tasks join the reference (default 90)').optional(),
    flagFactor: z.number().gt(1).max(1000).describe('Flag an estimate this many times above or below what its size suggests (default 4)').optional(),
    minimumTasks: z.number().int().min(1).describe('Reference tasks needed before anything is judged (default 10)').optional(),
    exclude: z.array(z.string().min(1)).describe('Globs of paths whose lines say nothing about effort, e.g. docs/generated/**').optional(),
})
    .strict()
    .describe('The estimate check: a second opinion on every Human-Estimate from its change size');
exports.configSchema = z
    .object({
    timezone: z
        .string()
        .refine(timezones_js_1.isKnownTimezone, { error: (issue) => `"${String(issue.input)}" is not a time zone this machine knows (accepted: ${timezones_js_1.TIMEZONE_FORM})` })
        .describe('IANA time zone the days of a report are counted in, e.g. America/New_York')
        .optional(),
    hoursPerDay: z.number().positive().max(24).describe('Hours in a day of `Human-Estimate: 2d` (default 8)').optional(),
    revs: z.array(z.string().min(1)).min(1).describe('What history to walk (git revisions); default all local branches and HEAD').optional(),
    sort: z.enum(['factor', 'time']).describe('Task Log order: factor (descending) or time').optional(),
    agent: z.string().min(1).max(40).describe('Label of the agent column (default Claude)').optional(),
    trailers: z
        .object(Object.fromEntries(trailerKeys_js_1.LEVERAGE_FIELDS.map((field) => [field, trailerKey.optional()])))
        .strict()
        .superRefine(refuseSharedKeys)
        .describe('Renamed trailer keys')
        .optional(),
    require: z.enum(['never', 'records', 'always']).describe('commit-msg policy: never (default), records, always').optional(),
    measure: z.boolean().describe('Fill Claude-Minutes, Supervisory-Minutes and Tokens from the agents\' session logs (Claude Code, Codex) at commit time').optional(),
    idleMinutes: z.number().positive().describe('A gap longer than this means nobody was there (default 5)').optional(),
    chart: z.enum(['mermaid', 'none']).describe('Chart in Markdown output').optional(),
    estimates: estimatesSchema.optional(),
})
    .strict();
/** The YAML node at a path, to say which line a problem is on. */
function nodeAt(root, path) {
    let node = root ?? undefined;
    let keyNode;
    for (const part of path) {
        if (!node || !(0, yaml_1.isMap)(node))
            return { node: undefined, keyNode };
        const pair = node.items.find((item) => (0, yaml_1.isScalar)(item.key) && item.key.value === part);
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
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false });
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
    if (doc.errors.length > 0) {
        throw new resolveConfig_js_1.ConfigError(source, doc.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`));
    }
    const data = doc.toJS() ?? {};
    const parsed = exports.configSchema.safeParse(data);
    if (parsed.success)
        return (0, resolveConfig_js_1.resolveConfig)(parsed.data);
    const problems = parsed.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const { keyNode } = nodeAt(doc.contents, [...issue.path, key]);
                const line = lineOf(keyNode);
                const known = issue.path.length === 0 ? Object.keys(exports.configSchema.shape) : issue.path[0] === 'estimates' ? Object.keys(estimatesSchema.shape) : trailerKeys_js_1.LEVERAGE_FIELDS;
                return `${line ? `line ${line}: ` : ''}unknown key "${[...issue.path, key].join('.')}" (known keys: ${known.join(', ')})`;
            });
        }
        const { node, keyNode } = nodeAt(doc.contents, issue.path);
        const line = lineOf(keyNode ?? node);
        return [`${line ? `line ${line}: ` : ''}${issue.path.join('.') || '(top level)'}: ${issue.message}`];
    });
    const lineNumber = (problem) => Number(/^line (\d+)/.exec(problem)?.[1] ?? Infinity);
    throw new resolveConfig_js_1.ConfigError(source, problems.sort((a, b) => lineNumber(a) - lineNumber(b)));
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Time zone names: whether this machine knows one, and one name per zone, so that reports counted in
 * `UTC`, `Etc/UTC` and `utc` (or `US/Eastern` and `America/New_York`) are known to count the same
 * days. Pure: Intl only (no luxon: the config parser, which the hook loads, checks zones here).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEZONE_FORM = void 0;
exports.isKnownTimezone = isKnownTimezone;
exports.canonicalZone = canonicalZone;
/** What a zone may be, for messages. */
exports.TIMEZONE_FORM = 'an IANA zone name such as America/New_York, Europe/Berlin or UTC';
/** Whether Intl knows the zone; UTC without asking (the first question loads ICU's zone data). */
function isKnownTimezone(zone) {
    if (zone === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
// Every spelling of UTC in the tz database. ICU maps them to `UTC` today (Node 20), but newer
// ECMA-402 keeps the identifier as written (only its case fixed), so they are named here.
const UTC_NAMES = new Set(['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu'].flatMap((name) => [name, `Etc/${name}`].map((n) => n.toLowerCase())));
/**
 * The zone's canonical name (`utc` and `Etc/GMT` → `UTC`, `america/new_york` → `America/New_York`,
 * a link such as `US/Eastern` → its zone where Intl resolves links), or undefined when Intl does not
 * know the zone.
 */
function canonicalZone(zone) {
    if (UTC_NAMES.has(zone.toLowerCase()))
        return 'UTC';
    try {
        const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
        return UTC_NAMES.has(resolved.toLowerCase()) ? 'UTC' : resolved;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   array: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.YOg),
/* harmony export */   boolean: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.zMY),
/* harmony export */   discriminatedUnion: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.gMt),
/* harmony export */   "enum": () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.k5n),
/* harmony export */   literal: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.euz),
/* harmony export */   number: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.aig),
/* harmony export */   object: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.Ikc),
/* harmony export */   string: () => (/* reexport safe */ zod__WEBPACK_IMPORTED_MODULE_0__.YjP)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
// zod as the bundles take it: only the functions below. An ES module on purpose. ncc compiles our
// TypeScript to CommonJS (scripts/build.mjs), and a CommonJS `require('zod')` gets zod's CommonJS
// build whole, every locale with it (1 MB: importing the config parser took ~115 ms on Node 20,
// ~75 ms through this file). Imported from an ES module, zod's ES build is picked, and webpack keeps
// what these names need (the English messages too: zod's schemas load them). Name a function here
// and in zod.d.mts before using it; schemas are built at module load, so a name missing here fails
// every test that imports them.



/***/ })

};
;