// Debian's Chromium, never a downloaded one, with the flags every test and benchmark run uses.

/** Headless with WebGL through SwiftShader, and nothing that reaches the network on its own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Compositing in software: SwiftShader compositing kept the GPU process at 1.4 CPU-s/s on an idle page (0.003 without),
  // which on 2 cores slowed every test. WebGL still draws through SwiftShader.
  '--disable-gpu-compositing',
];

/** As on devices where MapLibre cannot start. */
export const NO_WEBGL_ARGS: readonly string[] = ['--disable-webgl', '--disable-3d-apis'];

/** CHROME_PATH when set, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : '/usr/bin/chromium';
}

/**
 * Playwright's own `--disable-features` list (playwright-core's chromiumSwitches; chromium.test.ts checks the copy).
 * Chromium reads only the last `--disable-features` it is given, so ours repeats it in place of Playwright's.
 */
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium's own address-bar popup, a WebUI page that every new window preloads in a renderer of its own: about 1 s
 * of CPU for each test's new context, for a window nobody sees. Without it a page load took 4.0 s instead of 5.0 s.
 */
const BROWSER_UI_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
  'PreloadTopChromeWebUI',
];

/** How the e2e tests launch Debian's Chromium: our flags, with Playwright's disabled features kept. */
export function playwrightLaunch(extraArgs: readonly string[] = []): {
  executablePath: string;
  args: string[];
  ignoreDefaultArgs: string[];
} {
  return {
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      ...extraArgs,
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`,
    ],
    // Readers' desktops have classic scrollbars that take room: keep them.
    ignoreDefaultArgs: ['--hide-scrollbars', `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`],
  };
}
