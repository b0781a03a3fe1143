/** Markdown as GitHub renders it: Debian's cmark-gfm is GitHub's own fork of cmark. */
import { execFileSync } from 'node:child_process';

export const hasCmark = (() => {
  try {
    execFileSync('cmark-gfm', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

export function githubHtml(markdown: string): string {
  return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'tagfilter', '-e', 'autolink'], { input: markdown, encoding: 'utf8' });
}
