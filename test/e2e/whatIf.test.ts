import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { serveDashboard, type DashboardServer } from '../../engine/io/dashboardServer.js';
import { policyNames } from '../../engine/policies/registry.js';
import { seriousViolations } from '../helpers/axe.js';
import { launchChromium, waitForHash, WatchedPages } from '../helpers/chromium.js';

const SCREENSHOTS = 'test/e2e/screenshots';

// Shared and never changed by a test: the results folder (the baseline, 21 days with its 14 of warm-up), the server and the browser.
let server: DashboardServer;
let browser: Browser;
/** The pages the running test opened, with what went wrong in each. */
const watched = new WatchedPages();

beforeAll(async () => {
  const results = join(mkdtempSync(join(tmpdir(), 'fulfill-whatif-')), 'results');
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  expect(await main(['run', 'scenarios/baseline.json', '--reps', '1', '--horizon', '21d', '--out', results], quiet)).toBe(0);
  server = await serveDashboard(results, 0, { log: () => undefined });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// No console error and no failed request on any page a test opened.
afterEach(async () => {
  expect(await watched.closeAll()).toEqual([]);
});

/** Opens the dashboard's what-if page (`url` without a route gets `#/what-if`) and waits for its levers. */
async function openWhatIf(url = server.url, width = 1440): Promise<Page> {
  const page = await watched.open(browser, width);
  await page.goto(url.includes('#') ? url : `${url}#/what-if`);
  await page.waitForSelector('.lever[data-lever="packers"] input:not([disabled])', { timeout: 20_000 });
  return page;
}

const leverText = (page: Page, id: string): Promise<string | null> => page.locator(`.lever[data-lever="${id}"] output`).textContent();

/** Sets the run to `days` days with `warmupDays` of warm-up and one replication. */
async function shortRun(page: Page, days: number, warmupDays: number): Promise<void> {
  await page.fill('.whatif-days', String(days));
  await page.locator('.whatif-days').dispatchEvent('change');
  await page.fill('.whatif-warmup', String(warmupDays));
  await page.locator('.whatif-warmup').dispatchEvent('change');
  await page.fill('.whatif-reps', '1');
}

async function runAndWait(page: Page): Promise<void> {
  await page.click('.whatif-run');
  await page.waitForSelector('#whatif[data-state="result"]', { timeout: 120_000 });
}

describe('live what-if panel (headless Chromium)', () => {
  it('startWhatIfPanel: levers show the baseline in words, with policies from the registry', async () => {
    const page = await openWhatIf();
    expect(await leverText(page, 'packers')).toBe('8 people');
    expect(await leverText(page, 'demand-scale')).toBe('1.00 ×');
    expect(await leverText(page, 'shift-start')).toBe('06:00');
    const routes = await page
      .locator('.lever[data-lever="routing"] select option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(routes).toEqual(policyNames('routing'));
    expect(await page.locator('.whatif-changes').textContent()).toContain('Nothing yet');
    // The full form is collapsed and built on demand.
    expect(await page.locator('.whatif-advanced').getAttribute('open')).toBeNull();
  });

  it('startWhatIfPanel: moving packers per shift down and running changes the KPIs', async () => {
    const page = await openWhatIf();
    const slider = page.locator('.lever[data-lever="packers"] input[type="range"]');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await leverText(page, 'packers')).toBe('1 person');
    expect(await page.locator('.whatif-changes .chip').allTextContents()).toEqual(['Packers per shift: 8 people → 1 personReset']);
    await shortRun(page, 21, 14);
    await runAndWait(page);
    // One packer instead of eight: every packer is busy and orders wait far longer than in the baseline.
    const packers = await page.locator('.whatif-result tr[data-kpi="packerUtilization"] td').first().textContent();
    expect(Number.parseFloat(packers ?? '')).toBeGreaterThan(95);
    expect(await page.locator('#scenario-select option:checked').textContent()).toBe('what-if (live)');
    await waitForHash(page, /^#\/what-if\?whatif=[\w-]+&reps=1$/);
    await page.goto(`${server.url}#/warehouse?scenario=what-if%20(live)`);
    await page.waitForFunction(() => document.body.dataset.page === 'warehouse');
    expect(await page.locator('#warehouse-kpis .card[data-kpi="packerUtilization"] .change').textContent()).toMatch(
      /^\+\d+\.\d pp vs baseline/,
    );
  });

  it('startWhatIfPanel: a pasted link restores the changed levers and fields, and a reset chip undoes one', async () => {
    const page = await openWhatIf();
    await page.selectOption('.lever[data-lever="routing"] select', 'largest-gap');
    const cart = page.locator('.lever[data-lever="cart-size"] input[type="range"]');
    await cart.focus();
    await page.keyboard.press('Home');
    await shortRun(page, 2, 1);
    const link = await waitForHash(page, /^#\/what-if\?whatif=[\w-]+&reps=1$/);

    const shared = await openWhatIf(link);
    expect(await shared.locator('.lever[data-lever="routing"] select').inputValue()).toBe('largest-gap');
    expect(await leverText(shared, 'cart-size')).toBe('1 order');
    expect(await shared.locator('.whatif-days').inputValue()).toBe('2');
    expect(await shared.locator('.whatif-changes .chip').count()).toBe(3);
    await shared.click('.whatif-changes button[aria-label="Reset picker routing"]');
    expect(await shared.locator('.lever[data-lever="routing"] select').inputValue()).toBe('s-shape');
    expect(await shared.locator('.whatif-changes .chip').count()).toBe(2);
    await shared.waitForSelector('#whatif[data-state="result"]', { timeout: 120_000 });
  });

  it('scenarioForm: a distribution is a family picker with a field per parameter, and problems are shown at the field', async () => {
    const page = await openWhatIf();
    await page.click('.whatif-advanced > summary');
    const leadTime = page.locator('fieldset.union[data-path="$.inventory.supplierLeadTime"]');
    await leadTime.waitFor();
    expect(
      await page
        .locator('.whatif-form textarea')
        .evaluateAll((areas) => areas.map((area) => area.closest('[data-path]')?.getAttribute('data-path'))),
    ).not.toContain('$.inventory.supplierLeadTime');
    const picker = leadTime.locator(':scope > label select');
    expect(await picker.inputValue()).toBe('gamma');
    expect(await picker.locator('option').allTextContents()).toEqual([
      'constant',
      'exponential',
      'uniform',
      'triangular',
      'normal',
      'lognormal',
      'gamma',
      'empirical',
    ]);
    // gamma → triangular: nothing shared but the family, so min, mode and max are asked for.
    await picker.selectOption('triangular');
    await leadTime.locator('.field[data-path="$.inventory.supplierLeadTime.min"] input').fill('5d');
    await leadTime.locator('.field[data-path="$.inventory.supplierLeadTime.mode"] input').fill('3d');
    await leadTime.locator('.field[data-path="$.inventory.supplierLeadTime.max"] input').fill('9d');
    await leadTime.locator('.field[data-path="$.inventory.supplierLeadTime.max"] input').dispatchEvent('change');
    expect(await page.locator('.whatif-changes .chip').allTextContents()).toEqual(['Other fields changed under AdvancedReset']);
    await page.click('.whatif-run');
    await page.waitForSelector('#whatif[data-state="invalid"]');
    expect(await leadTime.locator('.field[data-path="$.inventory.supplierLeadTime.mode"] .error').textContent()).toMatch(
      /expected mode >= min/,
    );
    await page.click('.whatif-changes button[aria-label="Reset the fields changed under Advanced"]');
    expect(await page.locator('fieldset.union[data-path="$.inventory.supplierLeadTime"] > label select').inputValue()).toBe('gamma');
  });

  it('startWhatIfPanel: no serious accessibility violation, screenshots at 1440 and 390 px', async () => {
    for (const width of [1440, 390]) {
      const page = await openWhatIf(server.url, width);
      await page.click('.whatif-advanced > summary');
      await page.waitForSelector('.whatif-form fieldset');
      // The panel alone: the other sections of today's single page (their charts) are other streams' pages.
      await page.evaluate(() => document.querySelectorAll('main > section:not(#whatif)').forEach((section) => section.remove()));
      expect(await seriousViolations(page)).toEqual([]);
      await page.click('.whatif-advanced > summary');
      await page.locator('#whatif').screenshot({ path: join(SCREENSHOTS, `whatif-${width}.png`) });
    }
  });
});
