/**
 * Merge mode: every JSON report in a folder (and its subfolders: actions/download-artifact puts each
 * artifact in a folder of its own) combined into one report by the same merge as `git-leverage merge`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeReports } from '../merge/mergeReports.js';
import type { LeverageReport } from '../record/types.js';
import { parseReportJson } from '../reportJson/readReportJson.js';

export class ReportFolderError extends Error {
  override name = 'ReportFolderError';
}

/** The `.json` files under `folder`, in a stable order (sorted by path). */
export async function listReportFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ReportFolderError(`merge: cannot read the folder ${folder} (${error.code === 'ENOENT' ? 'it does not exist' : error.message})`);
  });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export async function readReportFolder(folder: string, shownAs: string): Promise<{ report: LeverageReport; files: string[] }> {
  const files = await listReportFiles(folder);
  if (files.length === 0) throw new ReportFolderError(`merge: no .json reports in ${shownAs} (write them with format: json and output-file)`);
  const inputs = await Promise.all(files.map(async (file) => parseReportJson(await readFile(file, 'utf8'), path.relative(folder, file))));
  return { report: mergeReports(inputs), files };
}
