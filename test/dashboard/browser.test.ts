/**
 * The dashboard in a real headless Chromium (Debian's `chromium`, driven by playwright-core): loads
 * offline with no console error, runs no injected script, sorts, filters, links commits to GitHub,
 * and leaves a screenshot at test/artifacts/dashboard.png. Chromium is installed with apt-get when
 * missing and the machine allows it; otherwise the test is skipped with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cli } from '../helpers/cli.js';
import { createTempRepo, leverageMessage, makeTempDir, removeTempDirs } from '../helpers/tempRepo.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACT = path.resolve(import.meta.dirname, '../artifacts/dashboard.png');

/** Installs Debian's chromium when it is missing; returns why the browser test cannot run, if it cannot. */
function ensureChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.getuid?.() !== 0) return `${CHROMIUM} is missing and apt-get needs root (install it: apt-get install -y chromium)`;
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'ignore', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    return `apt-get could not install chromium (${(error as Error).message.split('\n')[0]})`;
  }
  return existsSync(CHROMIUM) ? undefined : `apt-get ran but ${CHROMIUM} is still missing`;
}

const skipReason = ensureChromium();
if (skipReason) console.warn(`dashboard browser test skipped: ${skipReason}`);

const HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & "quotes"';

describe.skipIf(skipReason !== undefined)('dashboard in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let billingShas: string[] = [];
  let billingHead = '';

  beforeAll(async () => {
    const billing = await createTempRepo({ name: 'billing' });
    const docs = await createTempRepo({ name: 'docs' });
    await billing.git('remote', 'add', 'origin', 'git@github.com:acme/billing.git');
    const tasks: [string, string, number, number, string][] = [
      ['Notification service: API keys, MCP server, admin UI', '80h', 35, 5, '2026-04-01T10:00:00-04:00'],
      ['Rate limiter for the public API', '6h', 12, 3, '2026-04-02T11:00:00-04:00'],
      [HOSTILE, '3h', 20, 2, '2026-04-06T09:00:00-04:00'],
      ['Invoice PDF export', '16h', 18, 5, '2026-04-09T14:00:00-04:00'],
      ['Tax rules for 12 countries', '40h', 56, 3, '2026-04-15T16:00:00-04:00'],
      ['Refund workflow', '12h', 15, 3, '2026-04-22T10:00:00-04:00'],
    ];
    for (const [task, human, claude, sup, date] of tasks) {
      billingHead = await billing.commit({ message: leverageMessage(task.slice(0, 40), { Task: task, 'Human-Estimate': human, 'Claude-Minutes': claude, 'Supervisory-Minutes': sup }), date });
      billingShas.push(billingHead);
    }
    await docs.commit({ message: leverageMessage('docs', { Task: 'Write the operations handbook', 'Human-Estimate': '24h', 'Claude-Minutes': 10, 'Supervisory-Minutes': 1 }), date: '2026-04-13T09:00:00-04:00' });
    await docs.commit({ message: leverageMessage('docs', { Task: 'Architecture decision records', 'Human-Estimate': '4h', 'Claude-Minutes': 8, 'Supervisory-Minutes': 5 }), date: '2026-04-27T09:00:00-04:00' });

    const out = await makeTempDir();
    const result = await cli(['dashboard', '--repo', billing.dir, '--repo', docs.dir, '--since', '2026-04-01', '--until', '2026-04-30', '--timezone', 'America/New_York', '--by', 'week', '-o', 'leverage.html'], { cwd: out });
    expect(result.code, result.stderr).toBe(0);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // As Chromium runs on this machine: no sandbox as root, and none of its background connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(path.join(out, 'leverage.html')).href);
    await page.waitForSelector('#tasks tbody tr');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await removeTempDirs();
  });

  const column = (index: number) => page.$$eval(`#tasks tbody tr td:nth-child(${index})`, (cells) => cells.map((cell) => cell.textContent ?? ''));
  const factors = async () => (await column(8)).map((text) => Number.parseFloat(text));

  it('loads offline with no console error and runs no injected script', async () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.$$('img')).toHaveLength(0);
    expect(await column(3)).toContain(HOSTILE);
  });

  it('shows the totals and draws the chart with the inlined library', async () => {
    const cards = await page.$$eval('.card', (nodes) => nodes.map((node) => node.textContent));
    expect(cards).toContain('8Tasks');
    expect(cards).toContain('185Human-equivalent hours');
    expect(await page.$$('#chart .uplot canvas')).toHaveLength(1);
    expect(await page.$$eval('#chart .u-legend .u-series .u-label', (nodes) => nodes.map((node) => node.textContent))).toEqual(['Hours', 'Factor']);
  });

  it('sorts by a column and back', async () => {
    await page.click('button[data-key="factor"]');
    const descending = await factors();
    expect(descending).toHaveLength(8);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-key="factor"]', 'aria-sort')).toBe('descending');
    await page.click('button[data-key="factor"]');
    expect(await factors()).toEqual([...descending].reverse());
    await page.click('button[data-key="task"]');
    const names = await column(3);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await page.click('button[data-key="rank"]');
  });

  it('filters by repository and by text', async () => {
    await page.selectOption('#repo-filter', 'docs');
    expect(await column(4)).toEqual(['docs', 'docs']);
    expect(await page.textContent('#shown')).toBe('2 of 8 tasks');
    await page.selectOption('#repo-filter', '');
    await page.fill('#text-filter', 'rate LIMITER');
    expect(await column(3)).toEqual(['Rate limiter for the public API']);
    await page.fill('#text-filter', billingHead.slice(0, 10));
    expect(await column(3)).toEqual(['Refund workflow']);
    await page.fill('#text-filter', '');
  });

  it('links commits to GitHub where the remote is there, and nowhere else', async () => {
    const hrefs = await page.$$eval('#tasks td.commits a', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(billingShas.map((sha) => `https://github.com/acme/billing/commit/${sha}`).sort());
    expect(await page.$$('#tasks td.commits code')).toHaveLength(2);
  });

  it('writes a screenshot to test/artifacts/dashboard.png', async () => {
    await mkdir(path.dirname(ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT, fullPage: true });
    expect(existsSync(ARTIFACT)).toBe(true);
  });
});
