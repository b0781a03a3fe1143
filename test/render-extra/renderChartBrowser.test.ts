/**
 * The Mermaid charts drawn by Mermaid itself in headless Chromium (Debian's `chromium`, the same
 * browser test/dashboard/browser.test.ts drives; skipped with the reason when it is missing): what
 * a reader of the job summary sees. The factor axis starts at 0, so a 10x bar is ten times as tall
 * as a 1x bar (Mermaid's own range starts at the smallest value, which drew the 1x bar with no
 * height); the period charts draw hours and factor on axes of their own, and no empty period.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildRecord } from '../../src/record/buildRecord.js';
import type { LeverageCommit, LeverageReport, ReportWindow } from '../../src/record/types.js';
import { renderChart } from '../../src/render/renderChart.js';
import { rollUp } from '../../src/rollup/rollUp.js';

const CHROMIUM = '/usr/bin/chromium';
const MERMAID = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist/mermaid.min.js');
if (!existsSync(CHROMIUM)) console.warn(`Mermaid browser test skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

function commit(index: number, task: string, time: number, human: number, claude: number): LeverageCommit {
  return {
    repo: 'repo',
    sha: index.toString(16).padStart(40, 'b'),
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: time,
    subject: task,
    verdict: { kind: 'record', figures: { task, taskId: undefined, humanMinutes: human, claudeMinutes: claude, supervisoryMinutes: undefined, tokens: undefined } },
  };
}

const report = (commits: LeverageCommit[], window: ReportWindow): LeverageReport => ({ window, agent: 'Claude', repositories: ['repo'], commits, record: buildRecord(commits, { sort: 'factor' }) });

/** The Mermaid text of each fenced block of a chart. */
const blocks = (chart: string | undefined) => [...(chart ?? '').matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1] as string);

interface Drawn {
  /** Each bar's value read back off the drawing: its top against the y-axis ticks. */
  bars: number[];
  /** The y-axis tick values, lowest first. */
  ticks: number[];
  categories: string[];
}

/**
 * Run in the page, as text (this project's TypeScript has no DOM types): renders a chart and reads
 * back its bars, y-axis ticks and x-axis categories. Tick marks are paths "M x,y L x2,y" at each
 * tick's height, in the order of the tick labels; a bar's value is its top read against them.
 */
const DRAW_SCRIPT = `async (text, id) => {
  const host = document.createElement('div');
  document.body.appendChild(host);
  host.innerHTML = (await mermaid.render(id, text)).svg;
  const texts = (selector) => [...host.querySelectorAll(selector)].map((node) => node.textContent);
  const ticks = texts('.left-axis .label text').map(Number);
  const tickYs = [...host.querySelectorAll('.left-axis .ticks path')].map((node) => Number(/^M [\\d.]+,([\\d.]+)/.exec(node.getAttribute('d'))[1]));
  const low = ticks.indexOf(Math.min(...ticks));
  const high = ticks.indexOf(Math.max(...ticks));
  const valueAt = (y) => ticks[low] + ((tickYs[low] - y) / (tickYs[low] - tickYs[high])) * (ticks[high] - ticks[low]);
  return {
    bars: [...host.querySelectorAll('.bar-plot-0 rect')].map((rect) => Math.round(valueAt(Number(rect.getAttribute('y'))) * 100) / 100),
    ticks: [...ticks].sort((a, b) => a - b),
    categories: texts('.bottom-axis .label text'),
  };
}`;

describe.skipIf(!existsSync(CHROMIUM))('Mermaid draws the charts', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate('mermaid.initialize({ startOnLoad: false, securityLevel: "strict" })');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Renders one chart and reads back its bar heights, y-axis ticks and x-axis categories. */
  async function draw(text: string, id: string): Promise<Drawn> {
    return (await page.evaluate(`(${DRAW_SCRIPT})(${JSON.stringify(text)}, ${JSON.stringify(id)})`)) as Drawn;
  }

  it('a day: bars from 0, in proportion to the factor', async () => {
    const day: ReportWindow = { kind: 'day', label: '2026-04-12', timezone: 'UTC', start: 1775952000, end: 1776038400 };
    const chart = renderChart(report([commit(1, 'ten', 1775952000, 600, 60), commit(2, 'one', 1775952060, 60, 60)], day), 'mermaid');
    const [text, ...more] = blocks(chart);
    expect(more).toEqual([]);
    const drawn = await draw(text as string, 'day');
    expect(drawn.categories).toEqual(['1. ten', '2. one']);
    expect([drawn.ticks[0], drawn.ticks.at(-1)]).toEqual([0, 10]);
    expect(drawn.bars).toEqual([10, 1]);
  });

  it('a span: hours and factor each on an axis of its own from 0, empty weeks left out of the factor', async () => {
    const window: ReportWindow = { kind: 'days', label: '2026-03-01 to 2026-03-31', timezone: 'Pacific/Auckland', start: 1772276400, end: 1774868400 };
    const r = report([commit(1, 'A', 1772400000, 600, 30), commit(2, 'B', 1773400000, 120, 60)], window);
    const [hoursText, factorText, ...more] = blocks(renderChart(r, 'mermaid', { rollup: rollUp(r, 'week') }));
    expect(more).toEqual([]);
    const hours = await draw(hoursText as string, 'hours');
    expect(hours.categories).toEqual(['2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14']);
    expect([hours.ticks[0], hours.ticks.at(-1)]).toEqual([0, 10]);
    expect(hours.bars).toEqual([0, 10, 2, 0, 0, 0]);
    const factor = await draw(factorText as string, 'factor');
    expect(factor.categories).toEqual(['2026-W10', '2026-W11']);
    expect([factor.ticks[0], factor.ticks.at(-1)]).toEqual([0, 20]);
    expect(factor.bars).toEqual([20, 2]);
  });
});
