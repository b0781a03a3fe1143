/**
 * The dashboard in a real headless Chromium (Debian's `chromium`, driven by playwright-core): loads
 * offline with no console error, runs no injected script, sorts, filters, links commits to GitHub,
 * lists skipped commits, and at a phone's, a tablet's and a laptop's width (390, 768, 1366 px) never
 * scrolls the page sideways, fits the chart and its date labels, and redraws the chart on a resize.
 * Screenshots go to test/artifacts/dashboard.png and dashboard-{390,768,1366}.png. Chromium is
 * installed with apt-get when missing and the machine allows it; otherwise the test is skipped with
 * the reason.
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
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');
const ARTIFACT = path.join(ARTIFACTS, 'dashboard.png');
const WIDTHS = [390, 768, 1366] as const;

// Run in the page, as text (this project's TypeScript has no DOM types; the page's own script is text too).
interface Widths {
  page: number;
  view: number;
  wrap: number;
  chart: number;
  box: number;
}
const WIDTHS_SCRIPT = `({
  page: document.documentElement.scrollWidth,
  view: innerWidth,
  wrap: document.querySelector('.table-wrap').clientWidth,
  chart: window.leverageChart ? window.leverageChart.width : 0,
  box: document.getElementById('chart').clientWidth,
})`;
const FOCUS_RING_SCRIPT = `(() => {
  const button = document.activeElement;
  const style = getComputedStyle(button);
  return { key: button.dataset.key, visible: button.matches(':focus-visible'), style: style.outlineStyle, width: style.outlineWidth };
})()`;
/** The x-axis labels uPlot drew (its own record of them), and whether neighbours stand further apart, centre to centre, than the widest. */
const CHART_LABELS_SCRIPT = `(() => {
  const chart = window.leverageChart;
  const labels = chart.axes[0]._values || [];
  const context = document.createElement('canvas').getContext('2d');
  context.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const shown = labels.map((label, index) => ({ label, index })).filter(({ label }) => label !== '');
  const slot = chart.bbox.width / devicePixelRatio / labels.length;
  const gaps = shown.slice(1).map(({ index }, i) => (index - shown[i].index) * slot);
  const widest = Math.max(...shown.map(({ label }) => context.measureText(label).width));
  return { labels: shown.length, apart: gaps.every((gap) => gap > widest), h: chart.scales.h.min, f: chart.scales.f.min };
})()`;

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
  let pageUrl = '';
  let skippedSha = '';

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
      // Only the first task records tokens: the page says the others record none, as the Markdown does.
      const tokens: Record<string, number> = billingShas.length === 0 ? { Tokens: 120000 } : {};
      billingHead = await billing.commit({ message: leverageMessage(task.slice(0, 40), { Task: task, 'Human-Estimate': human, 'Claude-Minutes': claude, 'Supervisory-Minutes': sup, ...tokens }), date });
      billingShas.push(billingHead);
    }
    await docs.commit({ message: leverageMessage('docs', { Task: 'Write the operations handbook', 'Human-Estimate': '24h', 'Claude-Minutes': 10, 'Supervisory-Minutes': 1 }), date: '2026-04-13T09:00:00-04:00' });
    await docs.commit({ message: leverageMessage('docs', { Task: 'Architecture decision records', 'Human-Estimate': '4h', 'Claude-Minutes': 8, 'Supervisory-Minutes': 5 }), date: '2026-04-27T09:00:00-04:00' });
    skippedSha = await docs.commit({ message: leverageMessage(`Glossary ${HOSTILE}`, { Task: 'Glossary', 'Human-Estimate': 'lots', 'Claude-Minutes': 8 }), date: '2026-04-28T09:00:00-04:00' });

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
    pageUrl = pathToFileURL(path.join(out, 'leverage.html')).href;
    await page.goto(pageUrl);
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
    expect(cards).toContain('120,000Tokens');
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

  it('an empty filter says so instead of showing an empty table', async () => {
    await page.fill('#text-filter', 'no task is called this');
    const rows = await page.$$eval('#tasks tbody tr', (trs) => trs.map((tr) => ({ text: tr.textContent, span: tr.querySelector('td')?.colSpan })));
    expect(rows).toEqual([{ text: 'No task matches these filters. Clear the search or pick another repository.', span: 10 }]);
    expect(await page.textContent('#shown')).toBe('0 of 8 tasks');
    await page.fill('#text-filter', '');
    expect(await page.$$('#tasks tbody tr')).toHaveLength(8);
  });

  it('says what the Markdown says: skipped commits, and tasks that record no tokens', async () => {
    const skipped = await page.$$eval('#skipped li', (items) => items.map((item) => item.textContent));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain(skippedSha.slice(0, 12));
    expect(skipped[0]).toContain('in docs (Glossary </script><script>window.__pwned=1</script>');
    expect(skipped[0]).toMatch(/Human-Estimate: "lots" .*accepted/);
    expect(await page.textContent('#skipped p')).toBe('1 commit carries leverage trailers that do not validate and is not counted:');
    expect(await page.$$eval('.notes li', (items) => items.map((item) => item.textContent))).toEqual(['7 tasks record no tokens; the token total counts the others.']);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('every header cell sorts wherever it is clicked, and shows a focus ring from the keyboard', async () => {
    const th = page.locator('th[data-key="human"]');
    const cell = await th.boundingBox();
    const button = await th.locator('button').boundingBox();
    // The button is the cell (less the cell's half of the collapsed border below it): a click in
    // the cell's corner, outside the label, sorts.
    expect(button?.x).toBe(cell?.x);
    expect(button?.y).toBe(cell?.y);
    expect(button?.width).toBe(cell?.width);
    expect((cell?.height ?? 0) - (button?.height ?? 0)).toBeLessThanOrEqual(1);
    await page.mouse.click((cell?.x ?? 0) + 2, (cell?.y ?? 0) + 2);
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    await page.click('button[data-key="rank"]');
    await page.keyboard.press('Shift+Tab'); // away, then back by keyboard so :focus-visible applies
    await page.keyboard.press('Tab');
    expect(await page.evaluate(FOCUS_RING_SCRIPT)).toEqual({ key: 'rank', visible: true, style: 'solid', width: '2px' });
  });

  describe.each(WIDTHS)('at %i px wide', (width) => {
    let narrow: Page;
    beforeAll(async () => {
      narrow = await browser.newPage({ viewport: { width, height: 900 } });
      narrow.on('pageerror', (error) => consoleErrors.push(error.message));
      await narrow.goto(pageUrl);
      await narrow.waitForSelector('#tasks tbody tr');
    });
    afterAll(() => narrow?.close());

    it('the page does not scroll sideways (the table scrolls in its own box)', async () => {
      const widths = (await narrow.evaluate(WIDTHS_SCRIPT)) as Widths;
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      expect(widths.wrap).toBeLessThanOrEqual(widths.view);
    });

    it('the chart fits its box, starts its axes at 0, and its date labels do not overlap', async () => {
      const widths = (await narrow.evaluate(WIDTHS_SCRIPT)) as Widths;
      const fit = (await narrow.evaluate(CHART_LABELS_SCRIPT)) as { labels: number; apart: boolean; h: number; f: number };
      expect(widths.chart).toBe(widths.box);
      // Five weeks: every label where there is room, every other or third on a phone.
      expect(fit.labels).toBe(width === 390 ? 2 : 5);
      expect(fit.apart).toBe(true);
      expect([fit.h, fit.f]).toEqual([0, 0]);
    });

    it(`writes a screenshot to test/artifacts/dashboard-${width}.png`, async () => {
      const file = path.join(ARTIFACTS, `dashboard-${width}.png`);
      await mkdir(ARTIFACTS, { recursive: true });
      await narrow.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    });
  });

  it('the chart redraws when the window is resized, and the page still fits', async () => {
    const resized = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await resized.goto(pageUrl);
      await resized.waitForSelector('#chart .uplot canvas');
      const wide = ((await resized.evaluate(WIDTHS_SCRIPT)) as Widths).chart;
      await resized.setViewportSize({ width: 390, height: 900 });
      // Polled with evaluate: waitForFunction evaluates its text with eval, which the page's CSP forbids.
      for (let tries = 0; tries < 100 && ((await resized.evaluate('window.leverageChart.width')) as number) >= wide; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      const after = (await resized.evaluate(WIDTHS_SCRIPT)) as Widths;
      expect(after.chart).toBe(after.box);
      expect(after.chart).toBeLessThan(wide / 2);
      expect(after.page).toBeLessThanOrEqual(after.view);
    } finally {
      await resized.close();
    }
  });

  it('writes a screenshot to test/artifacts/dashboard.png', async () => {
    await mkdir(path.dirname(ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT, fullPage: true });
    expect(existsSync(ARTIFACT)).toBe(true);
  });
});
