// axe-core's scan of a page, as a list of "rule: targets" lines that name what to fix.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Runs axe on the page as it is now. Legacy mode runs axe.run in the page itself: the default (a partial run per frame,
 * finished in a new blank page) took 3.3–4.5 s a scan here against 1.7–2.0 s, with the same results. Our pages have no
 * cross-origin frames, the one thing legacy mode skips.
 */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations.map(
    (violation) => `${state}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
