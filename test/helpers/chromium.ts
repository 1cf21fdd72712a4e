import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), headless, with the flags the dashboard tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The pages a test opened, each with what went wrong in it: console errors, uncaught
 * exceptions, failed requests and HTTP answers of 400 or more. A test file opens its pages here
 * and, after each test, expects `closeAll()` to return no problem (every view must work under
 * the dashboard's content security policy, with no failed request).
 */
export class WatchedPages {
  private opened: Array<{ readonly page: Page; readonly problems: string[] }> = [];

  /** A new page `width` px wide; `expectNotFound` lets HTTP errors pass (a test that asks for a missing order on purpose). */
  async open(
    browser: Browser,
    width: number,
    options: { readonly expectNotFound?: boolean; readonly height?: number } = {},
  ): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: options.height ?? 900 }, acceptDownloads: true });
    const problems: string[] = [];
    const notFoundOk = options.expectNotFound === true;
    page.on('console', (message) => {
      if (message.type() === 'error' && !(notFoundOk && message.text().startsWith('Failed to load resource')))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !notFoundOk) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    this.opened.push({ page, problems });
    return page;
  }

  /** Closes every page opened since the last call and returns their problems. */
  async closeAll(): Promise<string[]> {
    const problems = this.opened.flatMap((entry) => entry.problems);
    await Promise.all(this.opened.map((entry) => entry.page.close()));
    this.opened = [];
    return problems;
  }
}

/**
 * Waits until the page's own `location.hash` matches `pattern` and returns its full URL.
 * Polled in the page, not read from Playwright's copy of the URL: `page.waitForURL` missed a
 * hash change in CI (its copy had not caught up, so it waited for a navigation already made).
 */
export async function waitForHash(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(([source, flags]) => new RegExp(source, flags).test(location.hash), [pattern.source, pattern.flags] as const);
  return page.evaluate(() => location.href);
}
