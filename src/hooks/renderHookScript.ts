/**
 * The hook scripts git runs, pure text. They decide in POSIX sh, before any Node starts, whether
 * there is anything to do: a commit without leverage trailers (the usual case) costs one grep.
 */
import { PARSED_END, TRAILERS_ON_STDIN } from './parsedTrailers.js';

export const HOOK_NAMES = ['commit-msg', 'prepare-commit-msg'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** A line every hook of ours carries; a hook without it is someone else's and never overwritten. */
export const HOOK_MARKER = '# git-leverage-hook:';
/** A hook that was there before install is kept under this suffix and run first. */
export const CHAINED_SUFFIX = '.git-leverage-chained';

export const ENV_NAMES = [
  'LEVERAGE_TASK',
  'LEVERAGE_HUMAN_ESTIMATE',
  'LEVERAGE_CLAUDE_MINUTES',
  'LEVERAGE_SUPERVISORY_MINUTES',
  'LEVERAGE_TOKENS',
  'LEVERAGE_TASK_ID',
] as const;

export interface HookScriptOptions {
  /** Absolute path of the node that installed the hook (GUI git clients often lack node on PATH). */
  node: string;
  /** Absolute path of the small hook entry (dist/hook/index.js of this package). */
  entry: string;
  /** The configured trailer keys at install time (letters, digits, dashes). */
  keys: readonly string[];
  /** Installed with --measure. */
  measure: boolean;
}

function sq(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

const CONFIG_FILES = '.leverage.yml .leverage.yaml';

export function renderHookScript(hook: HookName, options: HookScriptOptions): string {
  const head = [
    '#!/bin/sh',
    `${HOOK_MARKER} ${hook} v1`,
    '# Installed by `git-leverage hook install`; `git-leverage hook uninstall` removes it and puts back',
    `# any hook that was here before (kept meanwhile as ${hook}${CHAINED_SUFFIX}, and run first).`,
    `node=${sq(options.node)}`,
    `entry=${sq(options.entry)}`,
    `chained="$0${CHAINED_SUFFIX}"`,
    'if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi',
  ];
  const run = [
    '[ -x "$node" ] || node=node',
    'if [ ! -f "$entry" ]; then',
    `  echo "git-leverage: $entry is gone (package moved or removed): run git-leverage hook install again, or git-leverage hook uninstall" >&2`,
    '  exit 1',
    'fi',
    `exec "$node" "$entry" ${hook} "$@"`,
  ];
  if (hook === 'commit-msg') {
    const keys = [...options.keys].map((key) => key.replace(/[^A-Za-z0-9-]/g, '')).join('|');
    return `${[
      ...head,
      '# Node starts only when it has work: the message has a leverage trailer, the policy is',
      '# `require: always`, or the configuration changed since install (keys may have been renamed).',
      '# The usual case (no configuration file) costs one grep.',
      'config=',
      'for file in .leverage.yml .leverage.yaml; do [ -f "$file" ] && config="$config $file"; done',
      `if [ -z "$config" ] || { ! LC_ALL=C grep -qsE '^[[:space:]]*require:[[:space:]]*["'"'"']?always' $config && ! for file in $config; do [ "$file" -nt "$0" ] && break; false; done; }; then`,
      `  LC_ALL=C grep -qiE '^(${keys})[[:space:]]*[^-[:alnum:][:space:]]' "$1" || exit 0`,
      'fi',
      ...run.slice(0, -1),
      "# git reads the message's trailers while Node starts (two cores work at once): the message is",
      '# cut at the `git commit -v` scissors line, cleaned as git will store it, and parsed by git\'s own',
      '# trailer parser. The closing line tells Node that git finished; without it Node runs git itself.',
      `{ LC_ALL=C sed '/^. -\\{24\\} >8 -\\{24\\}$/,$d' "$1" | git stripspace --strip-comments | git interpret-trailers --parse --no-divider && echo '${PARSED_END}'; } |`,
      `  "$node" "$entry" ${hook} "$1" ${TRAILERS_ON_STDIN}`,
    ].join('\n')}\n`;
  }
  return `${[
    ...head,
    `measure=${options.measure ? 1 : 0}`,
    '# Node starts only when an agent set LEVERAGE_* variables or measuring is on.',
    `if [ -z "${ENV_NAMES.map((name) => `\${${name}-}`).join('')}" ] && [ "$measure" != 1 ] &&`,
    `  ! LC_ALL=C grep -qsE '^[[:space:]]*measure:[[:space:]]*true' ${CONFIG_FILES}; then`,
    '  exit 0',
    'fi',
    '[ "$measure" = 1 ] && GIT_LEVERAGE_MEASURE=1 && export GIT_LEVERAGE_MEASURE',
    ...run,
  ].join('\n')}\n`;
}

/** Which hook a script is, if it is ours. */
export function ownHookName(text: string): HookName | undefined {
  const match = new RegExp(`^${HOOK_MARKER} (\\S+)`, 'm').exec(text);
  return HOOK_NAMES.find((name) => name === match?.[1]);
}
