/** Playwright helpers for the e2e tests (and bench/run.ts). Chromium is the system one, never downloaded. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Flags for headless Chromium with WebGL through SwiftShader. Playwright itself adds
 * `--headless` (headless: true), which is the "new" headless mode in Chromium >= 132.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : '/usr/bin/chromium';
}

/**
 * `classicScrollbars`: keep the scroll bars that take up room, as on most desktops (Playwright hides them by default,
 * which hides every layout bug they cause).
 */
export function launchBrowser({ classicScrollbars = false }: { classicScrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    ...(classicScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
}

/** A browser with WebGL turned off, as on devices where MapLibre cannot start. */
export function launchBrowserWithoutWebGL(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  });
}

export interface OpenPageOptions {
  /** Appended to the base URL, e.g. '#event=foo' (a leading '#' is added if missing). */
  hash?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** A phone: touch events and a coarse pointer. */
  touch?: boolean;
  /** Defaults to inject('baseUrl') from the e2e globalSetup. */
  baseUrl?: string;
}

export interface OpenedPage {
  page: Page;
  /** console.error messages and uncaught page errors, in order. */
  consoleErrors: string[];
  /** Every request URL whose origin is not the app's origin. */
  foreignRequests: string[];
}

/** Opens a fresh context + page, starts recording, navigates. Close with `page.context().close()`. */
export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const appOrigin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location();
    consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  // On the context so that worker and service-worker requests are seen too.
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== appOrigin) foreignRequests.push(url);
  });

  const hash = options.hash ?? '';
  await page.goto(baseUrl + (hash === '' || hash.startsWith('#') ? hash : `#${hash}`));
  return { page, consoleErrors, foreignRequests };
}

const MAP_READY_TIMEOUT_MS = 45_000;

/**
 * Waits for the map container's data-map-state to become "ready"; throws if it becomes "failed" or times out.
 * MapLibre starts on a reader's first touch of the map or 3 s after load: by default this touches the map (a pointerdown,
 * which selects nothing) so that tests do not idle; `{ untouched: true }` waits for the start on its own.
 */
export async function waitForMapReady(page: Page, { untouched = false }: { untouched?: boolean } = {}): Promise<void> {
  if (!untouched) {
    await page.waitForSelector('[data-map-state]', { state: 'attached', timeout: MAP_READY_TIMEOUT_MS });
    await page
      .locator('[data-map-state="loading"]')
      .dispatchEvent('pointerdown', {}, { timeout: 1_000 })
      .catch(() => undefined);
  }
  try {
    await page.waitForSelector('[data-map-state="ready"], [data-map-state="failed"]', {
      state: 'attached',
      timeout: MAP_READY_TIMEOUT_MS,
    });
  } catch (error) {
    const state = await page.getAttribute('[data-map-state]', 'data-map-state', { timeout: 1_000 }).catch(() => null);
    throw new Error(
      `map did not become ready within ${MAP_READY_TIMEOUT_MS / 1000} s ` +
        `(data-map-state=${state === null ? 'no element' : `"${state}"`})`,
      { cause: error },
    );
  }
  const state = await page.getAttribute('[data-map-state]', 'data-map-state');
  if (state !== 'ready') {
    throw new Error(`map failed to load: data-map-state="${String(state)}" (see console errors)`);
  }
}
