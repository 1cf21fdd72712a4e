import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { KPI_NAMES } from '../../engine/kpi/definitions.js';
import { serveDashboard, type DashboardServer } from '../../engine/io/dashboardServer.js';
import { seriousViolations } from '../helpers/axe.js';
import { launchChromium, WatchedPages } from '../helpers/chromium.js';

const SCREENSHOTS = 'test/e2e/screenshots';
const SCENARIO = 'scenarios/validation/pick-queue.json';

let server: DashboardServer;
let browser: Browser;
/** The pages the running test opened, with what went wrong in each. */
const watched = new WatchedPages();

/** Runs one CLI command in this process, quietly; it must succeed. */
async function fulfill(args: string[]): Promise<void> {
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  expect(await main(args, quiet), args.join(' ')).toBe(0);
}

beforeAll(async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'fulfill-experiments-e2e-')), 'results');
  mkdirSync(root, { recursive: true });
  const short = ['--horizon', '5d', '--workers', '1'];
  await fulfill([
    'sweep',
    SCENARIO,
    '--set',
    'warehouse.pickers=3,4',
    '--set',
    'warehouse.packers=1,100',
    '--reps',
    '2',
    ...short,
    '--out',
    join(root, 'staffing'),
  ]);
  await fulfill([
    'optimize',
    SCENARIO,
    '--var',
    'warehouse.pickers=3..6',
    '--maximize',
    'pickerUtilization',
    '--subject-to',
    'pickWaitHours<=0.1',
    '--reps',
    '2',
    '--final-reps',
    '3',
    '--budget',
    '4',
    '--finalists',
    '3',
    ...short,
    '--out',
    join(root, 'fewest-pickers'),
  ]);
  const variant = JSON.parse(readFileSync(SCENARIO, 'utf8')) as { warehouse: { pickers: number } };
  variant.warehouse.pickers = 4;
  const variantFile = join(root, '..', 'four-pickers.json');
  writeFileSync(variantFile, JSON.stringify(variant));
  await fulfill(['compare', SCENARIO, variantFile, '--reps', '2', ...short, '--out', join(root, 'four-pickers')]);
  // The leaderboard: one family (allocation, four policies) on one workload, one replication each.
  execFileSync(
    process.execPath,
    [
      resolve('dist/bench/policies.js'),
      '--family',
      'allocation',
      '--workload',
      'normal-week',
      '--reps',
      '2',
      '--workers',
      '2',
      '--out',
      join(root, 'boards', 'policies.json'),
    ],
    { stdio: 'ignore' },
  );
  server = await serveDashboard(root, 0, { log: () => undefined });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  expect(await watched.closeAll()).toEqual([]);
});

/** The Experiments page at `width` px, once its first experiment is drawn. */
async function openExperiments(width = 1440): Promise<Page> {
  const page = await watched.open(browser, width);
  await page.goto(`${server.url}#/experiments`);
  await page.waitForSelector('.experiment-view[data-kind]:not([data-kind=""])', { timeout: 15_000 });
  return page;
}

/** Chooses the experiment whose picker words start with `kind` and waits until it is drawn. */
async function choose(page: Page, kind: string, name: string): Promise<void> {
  await page.selectOption('.experiment-picker select', name);
  await page.waitForSelector(`.experiment-view[data-kind="${kind}"]`, { timeout: 10_000 });
}

/** Every KPI identifier shown as text (option, header, heading): none may be. */
async function identifiersShown(page: Page): Promise<string[]> {
  const texts = await page.$$eval('option, th, h2, h3, .axis-label, .chart-title, caption, .experiment-verdict', (elements) =>
    elements.map((element) => element.textContent ?? ''),
  );
  // A one-word name (satisfaction) is also the word its label uses: only camelCase identifiers give themselves away.
  return KPI_NAMES.filter((kpi) => /[A-Z]/.test(kpi) && texts.some((text) => new RegExp(`\\b${kpi}\\b`).test(text)));
}

describe('the Experiments page (#/experiments)', () => {
  it('lists the four experiments and draws the sweep as a heatmap with the best point marked', async () => {
    const page = await openExperiments();
    const names = await page.$$eval('.experiment-picker option', (options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(names.sort()).toEqual(['boards/policies.json', 'fewest-pickers', 'four-pickers', 'staffing']);
    await choose(page, 'sweep', 'staffing');
    expect(await page.locator('.sweep-heatmap .heat-cell').count()).toBe(4);
    await page.selectOption('.experiment-controls select', 'pickWaitHours');
    expect(await page.locator('.sweep-heatmap [data-best="true"]').count()).toBe(1);
    expect(await page.textContent('.experiment-verdict')).toMatch(
      /^Best wait before picking: .* at warehouse: pickers 4, warehouse: packers /,
    );
    expect(await identifiersShown(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/experiments-sweep-1440.png`, fullPage: true });
  });

  it('draws the optimization by evaluation and its finalists with their verdict in words', async () => {
    const page = await openExperiments();
    await choose(page, 'optimize', 'fewest-pickers');
    expect(await page.locator('.optimize-chart .evaluation').count()).toBe(4);
    expect(await page.locator('.optimize-chart .best-so-far').count()).toBe(1);
    const verdicts = await page.$$eval('table.finalists tbody tr', (rows) => rows.map((row) => row.lastElementChild?.textContent ?? ''));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts[0]).toBe('best');
    expect(await identifiersShown(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/experiments-optimize-1440.png`, fullPage: true });
  });

  it('draws the compare folder with the paired chart and the table', async () => {
    const page = await openExperiments();
    await choose(page, 'compare', 'four-pickers');
    expect(await page.locator('.paired-row').count()).toBe(KPI_NAMES.length);
    expect(await page.locator('.experiment-view table tbody tr').count()).toBe(KPI_NAMES.length);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/experiments-compare-1440.png`, fullPage: true });
  });

  it('sorts the leaderboard by a click or the keyboard on a header, with aria-sort', async () => {
    const page = await openExperiments();
    await choose(page, 'leaderboard', 'boards/policies.json');
    const policies = async (): Promise<string[]> =>
      page.$$eval('table.leaderboard tbody tr', (rows) => rows.map((row) => (row as HTMLElement).dataset.policy ?? ''));
    expect((await policies()).length).toBe(4);
    const header = page.locator('th:has(button[data-column="costPerOrder"])');
    await page.click('button[data-column="costPerOrder"]');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await policies();
    // The keyboard: the focused header's button takes Enter.
    await page.focus('button[data-column="costPerOrder"]');
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect((await policies()).sort()).toEqual([...ascending].sort());
    const costs = await page.$$eval('table.leaderboard tbody tr', (rows) =>
      rows.map((row) => Number.parseFloat((row.children[6]?.firstElementChild?.textContent ?? '').replace(/,/g, ''))),
    );
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(await page.textContent('table.leaderboard')).toMatch(/reference/);
    expect(await identifiersShown(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/experiments-leaderboard-1440.png`, fullPage: true });
  });

  it('fits a 390 px phone: every view drawn, no serious accessibility violation', async () => {
    const page = await openExperiments(390);
    for (const [kind, name] of [
      ['sweep', 'staffing'],
      ['optimize', 'fewest-pickers'],
      ['compare', 'four-pickers'],
      ['leaderboard', 'boards/policies.json'],
    ] as const) {
      await choose(page, kind, name);
      expect(await seriousViolations(page), kind).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/experiments-${kind}-390.png`, fullPage: true });
    }
  });
});
