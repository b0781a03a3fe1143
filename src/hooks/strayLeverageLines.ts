/**
 * Leverage lines that git will not read as trailers, pure. git reads trailers only from a message's
 * last paragraph, never from its first (the subject), and only when that paragraph is made of
 * trailers; a `Task: …` line anywhere else is body text, and the commit is silently not counted.
 * This finds such lines so the hook, `commit`, `annotate` and `validate` can say so.
 */
import { fieldOfKey, type LeverageField, type Trailer, type TrailerKeys } from '../trailers/trailerKeys.js';

/** Where the stray lines are, which decides what to tell the user. */
export type StrayPlace = 'subject' | 'not-last' | 'last-not-trailers';

/** Lines of one paragraph that look like leverage trailers that git did not read. */
export interface StrayLines {
  /** 1-based numbers of the lines in the message. */
  lines: number[];
  /** The keys as written on those lines. */
  keys: string[];
  place: StrayPlace;
}

/**
 * A line that looks like a leverage trailer: a configured key, then `:` (or `=`, a common
 * `trailer.separators`). Other separators are left out so prose such as `Tokens/s doubled` is not taken.
 */
const TRAILER_LIKE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*[:=]/;

/**
 * The leverage lines of `message` (as git stores it, or the cleaned message file) whose field is not
 * among the `trailers` git read from it, grouped by paragraph. A stray line whose field git did read
 * elsewhere (a body that quotes `Task: …` above a proper trailer block) is prose, not a loss, and is
 * left out.
 */
export function findStrayLeverageLines(message: string, trailers: readonly Trailer[], keys: TrailerKeys): StrayLines[] {
  const read = new Set<LeverageField>();
  for (const trailer of trailers) {
    const field = fieldOfKey(trailer.key, keys);
    if (field) read.add(field);
  }
  const lines = message.split('\n');
  // Paragraph number of each line (-1 for blank lines), and the first and last paragraphs.
  const paragraphOf: number[] = [];
  let paragraph = -1;
  let inParagraph = false;
  for (const line of lines) {
    const blank = line.trim() === '';
    if (!blank && !inParagraph) paragraph += 1;
    inParagraph = !blank;
    paragraphOf.push(blank ? -1 : paragraph);
  }
  const last = paragraph;
  const groups = new Map<number, StrayLines>();
  lines.forEach((line, index) => {
    const key = TRAILER_LIKE.exec(line)?.[1];
    const field = key === undefined ? undefined : fieldOfKey(key, keys);
    if (key === undefined || field === undefined || read.has(field)) return;
    const at = paragraphOf[index] as number;
    const place: StrayPlace = at === 0 ? 'subject' : at === last ? 'last-not-trailers' : 'not-last';
    const group = groups.get(at) ?? { lines: [], keys: [], place };
    group.lines.push(index + 1);
    group.keys.push(key);
    groups.set(at, group);
  });
  return [...groups.values()];
}

/** `line 3`, `lines 3-5`, `lines 3-4, 7`. */
export function lineSpan(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j += 1;
    runs.push(j === i ? String(numbers[i]) : `${numbers[i]}-${numbers[j]}`);
    i = j + 1;
  }
  return `line${numbers.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}

/** Why git does not read them and what to do, said of `it` (one line) or `them`. */
function why(place: StrayPlace, one: boolean): string {
  const [they, them, are] = one ? ['it', 'it', 'is'] : ['they', 'them', 'are'];
  if (place === 'subject') return `${they} ${are} in the message's first paragraph, its subject, which git never reads as trailers; put a subject line and a blank line before ${them}`;
  if (place === 'not-last') return `${they} ${are} not in the message's last paragraph, and git reads trailers only from there; move ${them} to the end, after a blank line`;
  return `${they} ${are} in a last paragraph that also holds other text, which git does not read as trailers; give ${them} a paragraph of their own at the end, after a blank line`;
}

/** What is wrong with one group: where (`lines 3-5`) and `(Task, Human-Estimate) look like …; fix`. */
export function describeStray(stray: StrayLines): { where: string; message: string } {
  const one = stray.lines.length === 1;
  const looks = one ? 'looks like a leverage trailer, but git will not read it' : 'look like leverage trailers, but git will not read them';
  return { where: lineSpan(stray.lines), message: `(${[...new Set(stray.keys)].join(', ')}) ${looks}: ${why(stray.place, one)}` };
}

/** Whether `text` has a leverage line whose field git did not read: the cheap test before cleaning a message. */
export function hasStrayCandidate(text: string, trailers: readonly Trailer[], keys: TrailerKeys): boolean {
  return findStrayLeverageLines(text, trailers, keys).length > 0;
}

/**
 * Warnings that do not stop a commit, one line per group (`where`: `in the message`, or a commit), and
 * `then`: what happens now, on a line of its own.
 */
export function formatWarnings(warnings: readonly string[], where: string, then: string): string {
  return `${warnings.map((w) => `git-leverage: warning: ${where}, ${w}.`).join('\n')}\n  (${then})\n`;
}
