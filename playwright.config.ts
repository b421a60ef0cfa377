// End-to-end tests: the production build (dist/) served by a plain static server, in Debian's Chromium.
// Projects are the readers' devices; a test runs on the desktop unless its tags say otherwise (see TAGS below).
import { defineConfig, type PlaywrightWorkerOptions } from '@playwright/test';
import { NO_WEBGL_ARGS, playwrightLaunch } from './tests/support/chromium';

const CI = Boolean(process.env['CI']);

/**
 * `@phone` runs a test on the phone project instead of the desktop, `@desktop` keeps it on the desktop as well, and
 * `@no-webgl` runs it only in the browser without WebGL.
 */
const TAGS = { phone: /@phone\b/, desktop: /@desktop\b/, noWebGL: /@no-webgl\b/ };

function chromium(extraArgs: readonly string[] = []): Partial<PlaywrightWorkerOptions> {
  return {
    browserName: 'chromium',
    launchOptions: playwrightLaunch(extraArgs),
  };
}

const desktop = { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false };
const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: CI,
  // A failing test runs once more, traced (see `trace`); one that then passes is reported as flaky, not hidden.
  retries: 1,
  // The list reporter names each failure with its file and line, the trace to open, and flaky tests as flaky.
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  // Generous for a loaded 2-core machine, where SwiftShader draws every frame on the CPU; passing tests take far less.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    // The app's address is found when the server starts (a free port): serve.ts prints it, webServer.wait reads it.
    baseURL: process.env['APP_URL'],
    // Tracing every run cost a seventh of the suite's time (230 s → 198 s for two files): the retry of a failure is traced.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node --import tsx tests/support/serve.ts dist',
    wait: { stdout: /serving .* at (?<app_url>http:\/\/\S+)/ },
    stdout: 'ignore',
    timeout: 30_000,
  },
  // Tests are handed out in this order. The phone's and no-WebGL's few long tests go first, so that the two workers
  // finish together on the desktop's many short ones instead of one waiting for a long test at the end.
  projects: [
    { name: 'phone', grep: TAGS.phone, grepInvert: TAGS.noWebGL, use: { ...chromium(), ...phone } },
    { name: 'no-webgl', grep: TAGS.noWebGL, use: { ...chromium(NO_WEBGL_ARGS), ...desktop } },
    {
      name: 'desktop',
      grep: [new RegExp(`^(?!.*(${TAGS.phone.source}|${TAGS.noWebGL.source}))`), TAGS.desktop],
      use: { ...chromium(), ...desktop },
    },
  ],
});
