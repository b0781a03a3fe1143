/**
 * A remote URL (`git remote get-url origin`) → `https://github.com/owner/name` when it is on
 * github.com, else undefined. Pure. Owner and name are checked against GitHub's own character set,
 * so nothing from a crafted remote URL reaches a link but a plain path.
 */
const FORMS = [
  /^https?:\/\/(?:[^@/]+@)?github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
  /^ssh:\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
  /^git:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
  /^(?:[^@/]+@)?github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i,
];
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

export function githubRepositoryUrl(remote: string): string | undefined {
  const text = remote.trim();
  for (const form of FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const [, owner = '', name = ''] = match;
    if (!OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') return undefined;
    return `https://github.com/${owner}/${name}`;
  }
  return undefined;
}
