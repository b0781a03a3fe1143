/**
 * Commits → tasks → totals. Pure: the counting rules of the README live here and only here.
 *
 * - a record (figures) or a link (Task/Task-Id only) joins the task of its Task-Id, else of its Task text;
 * - the same commit reached twice, or a cherry-picked/rebased copy of a record (same author, author
 *   date and leverage trailers), counts once;
 * - a record listed in a squash commit's message counts as a record of the squash commit, once
 *   even when its original commit is reached too (the sha the message names, or the same trailers);
 * - a commit whose trailers do not validate is skipped and listed, never guessed.
 */
import { addFigures, computeTotals, factorOf, supervisoryFactorOf } from '../metrics/leverageMetrics.js';
import type { LeverageFigures } from '../trailers/trailerSchema.js';
import type { LeverageCommit, LeverageRecord, SkippedCommit, SortOrder, TaskCommit, TaskRow } from './types.js';

export interface RecordOptions {
  sort: SortOrder;
}

interface PendingLink {
  commit: TaskCommit;
  task: string | undefined;
  taskId: string | undefined;
}

/** The same leverage trailers: task, Task-Id and every figure. */
function sameFigures(other: LeverageFigures, figures: LeverageFigures): boolean {
  return (
    other.task === figures.task &&
    (other.taskId ?? null) === (figures.taskId ?? null) &&
    other.humanMinutes === figures.humanMinutes &&
    other.claudeMinutes === figures.claudeMinutes &&
    (other.supervisoryMinutes ?? null) === (figures.supervisoryMinutes ?? null) &&
    (other.tokens ?? null) === (figures.tokens ?? null)
  );
}

/**
 * The same record, however it was reached: author (e-mail, case-insensitively), author date and
 * figures. `counted` is a record already counted at the same author time.
 */
function sameRecord(counted: LeverageCommit, commit: LeverageCommit, figures: LeverageFigures): boolean {
  return sameFigures((counted.verdict as { figures: LeverageFigures }).figures, figures) && counted.authorEmail.toLowerCase() === commit.authorEmail.toLowerCase();
}

/**
 * A record listed in a squash commit and a record reached otherwise are the same record when their
 * leverage trailers are the same (the squash commit has its own author and date, so sameRecord's
 * cannot apply); two listed in the same squash commit are two records.
 */
function sameListedRecord(counted: TaskCommit, commit: LeverageCommit, figures: LeverageFigures): boolean {
  if (counted.embedded === undefined && commit.embedded === undefined) return false;
  if (counted.embedded !== undefined && commit.embedded !== undefined && counted.sha === commit.sha) return false;
  return sameFigures(counted.figures as LeverageFigures, figures);
}

/** Where records with the same leverage trailers are kept for sameListedRecord (a string made only once squash commits appear). */
function figuresKey(figures: LeverageFigures): string {
  return JSON.stringify([figures.task, figures.taskId ?? null, figures.humanMinutes, figures.claudeMinutes, figures.supervisoryMinutes ?? null, figures.tokens ?? null]);
}

/** Whitespace other than single spaces: only then does normalising a task text change it. */
const UNNORMALISED_SPACE = /\s\s|[^\S ]/;

/** A task text as it groups tasks: runs of whitespace as one space. */
function normaliseText(task: string): string {
  return UNNORMALISED_SPACE.test(task) ? task.replace(/\s+/g, ' ') : task;
}

/** Accumulates commits one at a time (so a collector can stream), then produces the record. */
export function createRecordBuilder(options: RecordOptions) {
  const seenShas = new Map<string, TaskCommit | SkippedCommit>();
  // Records counted, by author time (a number: no identity string is built per commit). Author
  // times rarely repeat, so most entries hold one commit; its TaskCommit is seenShas' entry.
  const recordsByTime = new Map<number, LeverageCommit | LeverageCommit[]>();
  // Tasks by key (`id:<lower-case id>` / `text:<normalised text>`), split in two maps so a lookup
  // needs no key string; `rows` keeps the order in which tasks were first seen.
  const tasksById = new Map<string, TaskRow>();
  const tasksByText = new Map<string, TaskRow>();
  const rows: TaskRow[] = [];
  const links: PendingLink[] = [];
  const skipped: SkippedCommit[] = [];

  // Counted records by their leverage trailers (figuresKey), for records listed in squash commits:
  // made at the first such record (most histories have none), kept up to date from then on.
  let byFigures: Map<string, TaskCommit[]> | undefined;

  function indexFigures(): Map<string, TaskCommit[]> {
    const index = new Map<string, TaskCommit[]>();
    for (const row of rows) for (const counted of row.commits) addToIndex(index, counted);
    return index;
  }

  function addToIndex(index: Map<string, TaskCommit[]>, counted: TaskCommit): void {
    const key = figuresKey(counted.figures as LeverageFigures);
    const same = index.get(key);
    if (same) same.push(counted);
    else index.set(key, [counted]);
  }

  /** The counted record `commit` is a copy of, if any; otherwise notes `commit` as counted. */
  function countedCopyOf(commit: LeverageCommit, taskCommit: TaskCommit, figures: LeverageFigures): TaskCommit | undefined {
    // A listed record has the squash commit's author and date, shared by every record it lists.
    if (commit.embedded === undefined) {
      const counted = recordsByTime.get(commit.authorTime);
      if (counted === undefined) recordsByTime.set(commit.authorTime, commit);
      else {
        const original = Array.isArray(counted) ? counted.find((other) => sameRecord(other, commit, figures)) : sameRecord(counted, commit, figures) ? counted : undefined;
        if (original !== undefined) return seenShas.get(original.sha) as TaskCommit;
        if (Array.isArray(counted)) counted.push(commit);
        else recordsByTime.set(commit.authorTime, [counted, commit]);
      }
      if (byFigures === undefined) return undefined;
    }
    byFigures ??= indexFigures();
    const listed = byFigures.get(figuresKey(figures))?.find((other) => sameListedRecord(other, commit, figures));
    if (listed !== undefined) return listed;
    addToIndex(byFigures, taskCommit);
    return undefined;
  }

  function add(commit: LeverageCommit): void {
    const embedded = commit.embedded;
    // A squash commit holds several records: each is told apart by its place in the message.
    const id = embedded === undefined ? commit.sha : `${commit.sha}#${embedded.index}`;
    const seen = seenShas.get(id) ?? (embedded?.sha !== undefined ? seenShas.get(embedded.sha) : undefined);
    if (seen !== undefined) {
      if ('role' in seen) {
        const { copies } = seen;
        // The same commit in another repository, or the original of a listed record (or the reverse).
        const again = seen.sha === commit.sha ? seen.repo === commit.repo || copies.some((c) => c.repo === commit.repo) : copies.some((c) => c.repo === commit.repo && c.sha === commit.sha);
        if (!again) copies.push({ repo: commit.repo, sha: commit.sha });
      }
      return;
    }
    const verdict = commit.verdict;
    if (verdict.kind === 'invalid') {
      const entry: SkippedCommit = { repo: commit.repo, sha: commit.sha, subject: commit.subject, authorTime: commit.authorTime, problems: verdict.problems };
      if (embedded) entry.embedded = embedded;
      if (commit.note) entry.note = true;
      skipped.push(entry);
      seenShas.set(id, entry);
      return;
    }
    // A calibration pair (work done without an agent) is read by calibrate, never counted as leverage.
    if (verdict.kind === 'calibration') return;
    const taskCommit: TaskCommit = {
      repo: commit.repo,
      sha: commit.sha,
      authorTime: commit.authorTime,
      subject: commit.subject,
      role: verdict.kind,
      figures: verdict.kind === 'record' ? verdict.figures : undefined,
      copies: [],
    };
    if (embedded) taskCommit.embedded = embedded;
    if (commit.note) taskCommit.note = true;
    seenShas.set(id, taskCommit);
    // The original commit a squash message names, reached later, is this record again.
    if (embedded?.sha !== undefined) seenShas.set(embedded.sha, taskCommit);
    if (verdict.kind === 'link') {
      links.push({ commit: taskCommit, task: verdict.task, taskId: verdict.taskId });
      return;
    }
    const figures = verdict.figures;
    const original = countedCopyOf(commit, taskCommit, figures);
    if (original !== undefined) {
      original.copies.push({ repo: commit.repo, sha: commit.sha });
      return;
    }
    addRecordToTask(taskCommit, figures);
  }

  /** Where a task is kept: by lower-case Task-Id, else by its text with whitespace normalised. */
  function taskSlot(task: string | undefined, taskId: string | undefined): { tasks: Map<string, TaskRow>; key: string; rowKey: string } {
    if (taskId !== undefined) {
      const key = taskId.toLowerCase();
      return { tasks: tasksById, key, rowKey: `id:${key}` };
    }
    const key = normaliseText(task ?? '');
    return { tasks: tasksByText, key, rowKey: `text:${key}` };
  }

  function findTask(task: string | undefined, taskId: string | undefined): TaskRow | undefined {
    const { tasks, key } = taskSlot(task, taskId);
    return tasks.get(key);
  }

  function addRecordToTask(commit: TaskCommit, figures: LeverageFigures): void {
    const slot = taskSlot(figures.task, figures.taskId);
    const row = slot.tasks.get(slot.key);
    if (row === undefined) {
      const created: TaskRow = {
        key: slot.rowKey,
        task: figures.task,
        taskId: figures.taskId,
        humanMinutes: 0,
        claudeMinutes: 0,
        supervisoryMinutes: undefined,
        supervisedHumanMinutes: 0,
        tokens: undefined,
        factor: 0,
        supervisoryFactor: undefined,
        firstAuthorTime: commit.authorTime,
        lastAuthorTime: commit.authorTime,
        repositories: [commit.repo], // finish() replaces it unless the task is this one commit, reached once
        commits: [commit],
      };
      slot.tasks.set(slot.key, created);
      rows.push(created);
      addToRow(created, figures);
      return;
    }
    if (commit.authorTime < row.firstAuthorTime) {
      // The earliest record names the task (collectors walk newest first).
      row.firstAuthorTime = commit.authorTime;
      row.task = figures.task;
    }
    if (commit.authorTime > row.lastAuthorTime) row.lastAuthorTime = commit.authorTime;
    row.commits.push(commit);
    addToRow(row, figures);
  }

  /** Adds a record's figures to its task and keeps the task's factors current. */
  function addToRow(row: TaskRow, figures: LeverageFigures): void {
    addFigures(row, figures);
    row.factor = factorOf(row);
    row.supervisoryFactor = supervisoryFactorOf(row);
  }

  function attachLinks(): TaskCommit[] {
    const unmatched: TaskCommit[] = [];
    if (links.length === 0) return unmatched;
    // Tasks by their text whatever their key, for a link with only Task text to find a task that has
    // a Task-Id: built only when such a link is not found otherwise (links usually carry Task-Id).
    let byText: Map<string, TaskRow> | undefined;
    const taskOfText = (text: string): TaskRow | undefined => {
      if (!byText) {
        byText = new Map();
        for (const row of rows) {
          const rowText = normaliseText(row.task);
          if (!byText.has(rowText)) byText.set(rowText, row);
        }
      }
      return byText.get(normaliseText(text));
    };
    for (const link of links) {
      const row = findTask(link.task, link.taskId) ?? (link.taskId === undefined ? taskOfText(link.task ?? '') : undefined);
      if (row) row.commits.push(link.commit);
      else unmatched.push(link.commit);
    }
    return unmatched;
  }

  function finish(): LeverageRecord {
    const unmatchedLinks = attachLinks();
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index] as TaskRow;
      const commits = row.commits;
      const only = commits.length === 1 ? (commits[0] as TaskCommit) : undefined;
      if (only !== undefined && only.copies.length === 0) continue; // most tasks: one commit, reached once
      commits.sort((a, b) => a.authorTime - b.authorTime || a.sha.localeCompare(b.sha));
      const repositories = new Set<string>();
      for (const commit of commits) {
        repositories.add(commit.repo);
        for (const copy of commit.copies) repositories.add(copy.repo);
      }
      row.repositories = [...repositories].sort();
    }
    sortRows(rows, options.sort);
    skipped.sort((a, b) => a.authorTime - b.authorTime || a.repo.localeCompare(b.repo) || a.sha.localeCompare(b.sha));
    return { tasks: rows, totals: computeTotals(rows), skipped, unmatchedLinks };
  }

  return { add, finish };
}

/** Convenience for callers that already hold every commit. */
export function buildRecord(commits: Iterable<LeverageCommit>, options: RecordOptions): LeverageRecord {
  const builder = createRecordBuilder(options);
  for (const commit of commits) builder.add(commit);
  return builder.finish();
}

/** Task keys in code-unit order: the same on every machine, whatever its locale (localeCompare's is not). */
function compareKeys(a: TaskRow, b: TaskRow): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function byTime(a: TaskRow, b: TaskRow): number {
  return a.firstAuthorTime - b.firstAuthorTime || compareKeys(a, b);
}

/** Task Log order: by factor, descending, equal factors in the order the work was done (`--sort time`: that order alone). */
function sortRows(rows: TaskRow[], sort: SortOrder): void {
  rows.sort(sort === 'time' ? byTime : (a, b) => b.factor - a.factor || byTime(a, b));
}
