/** One browser per test file, pages opened with the map ready; every page must end with no console errors or foreign requests. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage, waitForMapReady, type OpenedPage } from './browser';

export function browserSuite(): { open: (hash?: string) => Promise<Page> } {
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const { consoleErrors, foreignRequests } of opened) {
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }
    await browser?.close();
  });

  return {
    open: async (hash = '') => {
      if (!browser) throw new Error('the browser is not up yet: call open() inside a test');
      const result = await openPage(browser, { hash });
      opened.push(result);
      await waitForMapReady(result.page);
      return result.page;
    },
  };
}
