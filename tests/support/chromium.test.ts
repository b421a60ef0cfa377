import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PLAYWRIGHT_DISABLED_FEATURES, playwrightLaunch } from './chromium';

/** The features playwright-core disables, read from its own source (the list Chromium would otherwise lose). */
function playwrightsList(): string[] {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  if (list === undefined) throw new Error('playwright-core no longer has a disabledFeatures list: see chromium.ts');
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('playwrightLaunch', () => {
  it('repeats Playwright’s disabled features, so that ours do not drop them', () => {
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(playwrightsList());
  });

  it('passes one --disable-features that holds Playwright’s and ours, and drops Playwright’s own', () => {
    const launch = playwrightLaunch(['--disable-webgl']);
    const ours = launch.args.filter((arg) => arg.startsWith('--disable-features='));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.split('=')[1]?.split(',')).toEqual(
      expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, 'PreloadTopChromeWebUI']),
    );
    expect(launch.ignoreDefaultArgs).toContain(`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`);
    expect(launch.args).toContain('--disable-webgl');
  });
});
