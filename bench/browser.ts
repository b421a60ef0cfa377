// The benchmark's browser: Debian's Chromium with the tests' flags (CHROMIUM_ARGS; only the e2e runner also turns off
// Chrome's address-bar popup, whose cost falls on the app and the bare page alike), pages that record their console
// errors, and the map's ready state read as the e2e tests read it.
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, chromiumPath } from '../tests/support/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
}

/** As on devices where MapLibre cannot start: the app draws its SVG picture. */
export function launchBrowserWithoutWebGL(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS],
  });
}

/** Opens `url` in a fresh context; console errors and uncaught errors are collected. Close with `page.context().close()`. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
  await page.goto(url);
  return { page, consoleErrors };
}

const MAP_READY_TIMEOUT_MS = 45_000;

/**
 * Waits until the app's map section says "ready" (MapLibre's first idle); throws on "failed". Like the e2e tests, it
 * touches the map first (a pointerdown, which selects nothing), which starts MapLibre at once instead of after the page
 * has settled.
 */
export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-state]', { state: 'attached', timeout: MAP_READY_TIMEOUT_MS });
  await page
    .locator('[data-map-state="loading"]')
    .dispatchEvent('pointerdown', {}, { timeout: 1_000 })
    .catch(() => undefined);
  await page.waitForSelector('[data-map-state="ready"], [data-map-state="failed"]', {
    state: 'attached',
    timeout: MAP_READY_TIMEOUT_MS,
  });
  const state = await page.getAttribute('[data-map-state]', 'data-map-state');
  if (state !== 'ready') throw new Error(`the map failed to load: data-map-state="${String(state)}"`);
}
