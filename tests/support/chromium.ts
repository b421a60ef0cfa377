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
