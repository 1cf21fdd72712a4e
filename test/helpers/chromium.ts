import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium through playwright-core (never a downloaded browser), with the args of the dashboard's e2e tests. */
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
