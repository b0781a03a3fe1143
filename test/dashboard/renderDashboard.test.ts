/** The dashboard's pieces that need no browser: escaping, the data block, remotes, the inlined library. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport } from '../../src/record/types.js';
import { githubRepositoryUrl } from '../../src/git/githubRepositoryUrl.js';
import { escapeHtml, jsonForScript, renderDashboard } from '../../src/render/dashboard/renderDashboard.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from '../../src/render/dashboard/uplotAsset.js';
import { rollUp } from '../../src/rollup/rollUp.js';

describe('githubRepositoryUrl', () => {
  it.each([
    ['https://github.com/acme/billing.git', 'https://github.com/acme/billing'],
    ['https://github.com/acme/billing', 'https://github.com/acme/billing'],
    ['https://x-access-token:abc@github.com/acme/billing.git', 'https://github.com/acme/billing'],
    ['git@github.com:acme/billing.git', 'https://github.com/acme/billing'],
    ['ssh://git@github.com/acme/my.repo.git', 'https://github.com/acme/my.repo'],
    ['git://github.com/acme/billing', 'https://github.com/acme/billing'],
    ['git@github.com:acme/billing.git\n', 'https://github.com/acme/billing'],
  ])('%s → %s', (remote, url) => expect(githubRepositoryUrl(remote)).toBe(url));

  it.each([
    'https://gitlab.com/acme/billing.git',
    'https://github.com.evil.example/acme/billing',
    'https://evil.example/github.com/acme/billing',
    'git@github.com:acme/billing/extra.git',
    'https://github.com/acme/"onmouseover="x',
    'https://github.com/acme/..',
    '/srv/git/billing.git',
  ])('%s → no link', (remote) => expect(githubRepositoryUrl(remote)).toBeUndefined());
});

describe('escaping', () => {
  it('escapeHtml escapes what could open markup or leave an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  it('jsonForScript cannot close its script element and reads back the same value', () => {
    const value = { task: '</script><script>alert(1)</script> <!-- \u2028 & >' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the inlined charting library', () => {
  it('is the installed uplot, unchanged (run `npm run vendor:uplot` after upgrading it)', async () => {
    const require = createRequire(import.meta.url);
    const root = path.dirname(require.resolve('uplot/package.json'));
    expect(UPLOT_VERSION).toBe(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version);
    expect(UPLOT_JS).toBe(await readFile(path.join(root, 'dist/uPlot.iife.min.js'), 'utf8'));
    expect(UPLOT_CSS).toBe(await readFile(path.join(root, 'dist/uPlot.min.css'), 'utf8'));
  });
});

describe('renderDashboard', () => {
  const hostile = '</script><script>window.__pwned=1</script><img src=x onerror=alert(1)>';
  const commit: LeverageCommit = {
    repo: 'billing',
    sha: 'a'.repeat(40),
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: 1775995200,
    subject: hostile,
    verdict: { kind: 'record', figures: { task: hostile, taskId: undefined, humanMinutes: 120, claudeMinutes: 10, supervisoryMinutes: undefined, tokens: undefined } },
  };
  const report: LeverageReport = {
    window: { kind: 'day', label: `2026-04-12 ${hostile}`, timezone: 'UTC', start: 1775952000, end: 1776038400 },
    agent: 'Claude',
    repositories: ['billing'],
    commits: [commit],
    record: buildRecord([commit], { sort: 'factor' }),
  };
  const html = renderDashboard(report, { rollup: rollUp(report, 'day'), commitBaseUrls: { billing: 'https://github.com/acme/billing' } });

  it('holds no script but its own two, no external resource, and commit text only escaped', () => {
    expect(html.match(/<script\b/g)).toHaveLength(3); // the data block and two inline scripts
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//);
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>Leverage: 2026-04-12 &lt;/script&gt;&lt;script&gt;window.__pwned=1');
    expect(html).toContain('"url":"https://github.com/acme/billing/commit/aaaaaaaa');
  });

  it('allows its inline scripts by hash in a Content-Security-Policy that forbids the network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lists skipped commits and the notes the Markdown gives, escaped', () => {
    const skipped: LeverageCommit = {
      ...commit,
      sha: 'b'.repeat(40),
      subject: `Glossary ${hostile}`,
      verdict: { kind: 'invalid', problems: [{ key: 'Human-Estimate', value: '<b>lots</b>', message: 'is not a duration', accepted: 'hours or a duration' }] },
    };
    const commits = [commit, skipped];
    const withSkipped: LeverageReport = { ...report, commits, record: buildRecord(commits, { sort: 'factor' }) };
    const page = renderDashboard(withSkipped, { rollup: rollUp(withSkipped, 'day') });
    const section = /<section class="skipped" id="skipped">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(section).toContain('<p>1 commit carries leverage trailers that do not validate and is not counted:</p>');
    expect(section).toContain(
      '<li><code>bbbbbbbbbbbb</code> in billing (Glossary &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=a…): Human-Estimate: &quot;&lt;b&gt;lots&lt;/b&gt;&quot; is not a duration (accepted: hours or a duration)</li>',
    );
    // The one task records neither supervision nor tokens; no token total, so no token note (as in the Markdown).
    expect(page).toContain('<ul class="notes">\n<li>1 task has no supervisory minutes (shown as -) and is left out of the supervisory average.</li>\n</ul>');
    expect(page.match(/<script\b/g)).toHaveLength(3);
    expect(html).not.toContain('id="skipped"');
  });
});
