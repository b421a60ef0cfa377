// Other stories: ?story= and dropped files, their checker messages in the page, inert hostile text, and the CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../support/staticServer';
import { mapReady } from './support/app';
import { expect, test } from './support/test';

const EXAMPLE_FILE = join(repoRoot, 'public/stories/karabakh-2023.json');
const SHIPPED_FILE = join(repoRoot, 'public/stories/karabakh-2020.json');

/** Records CSP violations (event and console) and dialogs, from before the page's first script. */
async function watchPage(page: Page) {
  const violations: string[] = [];
  const dialogs: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation: (text: string) => Promise<void> }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { violations, dialogs };
}

/** Opens the app at `search`, with `routes` (paths to JSON bodies) answered by the test, once the claims are listed. */
async function open(page: Page, search: string, routes: Record<string, string> = {}) {
  const watched = await watchPage(page);
  for (const [path, body] of Object.entries(routes)) {
    await page.route(`**/${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  await page.goto(`/${search}`);
  await expect(page.locator('[data-claim]').first()).toBeAttached();
  return watched;
}

const PAYLOAD = '<img src=x onerror="window.__pwned=true;alert(1)"><script>window.__pwned=true</script>';
/** Fields that hold ids, kinds, dates or geometry references: the rest is text a reader sees. */
const NOT_TEXT = new Set([
  '$schema',
  'id',
  'kind',
  'type',
  'verdict',
  'unit',
  'published',
  'eventDate',
  'date',
  'validFrom',
  'validTo',
  'from',
  'to',
  'region',
  'defaultOutline',
  'feature',
  'country',
  'role',
  'url',
  'sources',
  'regions',
  'places',
  'relations',
  'parts',
  'time',
  'claim',
  'claims',
  'effect',
]);

function withPayloads(value: unknown, key = ''): unknown {
  // A relation's statuses hold only a status word and a timeline id; its region's "status" is text.
  if (key === 'statuses') return value;
  if (typeof value === 'string') return NOT_TEXT.has(key) ? value : `${value} ${PAYLOAD}`;
  if (Array.isArray(value)) return value.map((item) => withPayloads(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([field, item]) => [field, withPayloads(item, field)]));
  }
  return value;
}

test.describe('the example story', () => {
  test('?story= shows its own claims, pins and regions', async ({ page }) => {
    const { violations } = await open(page, '?story=stories/karabakh-2023.json');
    await expect(page.locator('[data-claim="dissolution-decree"]')).toBeAttached();
    await expect(page.locator('[data-claim="area"]')).toHaveCount(0);
    await mapReady(page);
    const pins = await page
      .locator('[data-place]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-place')).sort());
    expect(pins).toEqual(['baku', 'stepanakert', 'yerevan']);
    await page.locator('[data-claim="after-the-offensive"]').click();
    await page.locator('.card [data-select="region:nagorno-karabakh"]').first().click();
    await expect(page.locator('.card').first()).toContainText(/surrendered on 20 Sept 2023/);
    expect(violations).toEqual([]);
  });
});

test.describe('a story that cannot be opened', () => {
  test('shows the checker messages and keeps the default story usable', async ({ page }) => {
    const broken = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as { claims: { id: string }[] };
    broken.claims[1] = { ...broken.claims[1], id: 'dissolution-decree' };
    await open(page, '?story=stories/broken.json', { 'stories/broken.json': JSON.stringify(broken, null, 2) });
    const report = page.locator('.report');
    await expect(report).toContainText(
      /line \d+: claims\.1\.id: another claim already uses the id "dissolution-decree"/,
    );
    await page.locator('[data-claim="area"]').click();
    await expect(page.locator('.card h3')).toBeVisible();
    await report.getByRole('button', { name: 'Dismiss' }).click();
    await expect(report).toHaveCount(0);
  });

  test('from another origin is refused without a request', async ({ page, problems }) => {
    await page.goto('/?story=https://stories.example.com/s.json');
    await expect(page.locator('.report')).toContainText(
      /stories from https:\/\/stories\.example\.com are not allowed here/,
    );
    expect(problems.offOrigin()).toEqual([]);
  });
});

test.describe('hostile story text', () => {
  test('markup in every text field renders as text and runs nothing', async ({ page }) => {
    const hostile = JSON.stringify(withPayloads(JSON.parse(readFileSync(SHIPPED_FILE, 'utf8'))));
    const { dialogs } = await open(page, '?story=stories/hostile.json', { 'stories/hostile.json': hostile });
    await expect(page.locator('.panel__header h2', { hasText: '<img src=x onerror=' })).toBeVisible();
    await page.locator('[data-claim="area"]').click();
    await page.locator('.card [data-select^="region:"]').first().click();
    await page.locator('.credits summary').click();
    await expect(page.locator('.panel')).toContainText('<script>window.__pwned=true</script>');
    await expect(page.locator('.panel img, .panel script')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(dialogs).toEqual([]);
  });

  test('javascript: links are refused by the checker and never become links', async ({ page }) => {
    const story = JSON.parse(readFileSync(SHIPPED_FILE, 'utf8')) as { sources: { url?: string }[] };
    story.sources.forEach((source) => (source.url = 'javascript:alert(1)'));
    const { dialogs } = await open(page, '?story=stories/links.json', { 'stories/links.json': JSON.stringify(story) });
    await expect(page.locator('.report')).toContainText(/sources\.0\.url: must be an http\(s\) address/);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    const rels = await page
      .locator('a[href^="http"][target="_blank"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
    expect(rels.length).toBeGreaterThan(0);
    expect(new Set(rels)).toEqual(new Set(['noopener noreferrer']));
    expect(dialogs).toEqual([]);
  });
});

test.describe('a story file from the reader', () => {
  test('chosen with the file input opens, and the address stops naming the previous story', async ({ page }) => {
    await open(page, '?story=stories/karabakh-2023.json#claim=exodus');
    await expect(page.locator('.card h3')).toBeVisible();
    await page.getByLabel('Open a story file').setInputFiles(SHIPPED_FILE);
    await expect(page.locator('[data-claim="area"]')).toBeAttached();
    await expect(page.locator('[data-claim="exodus"]')).toHaveCount(0);
    await expect(page.locator('.card')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
  });

  test('dropped on the page opens, and a bad one is reported', async ({ page }) => {
    await open(page, '#claim=area');
    await expect(page.locator('.card h3')).toBeVisible();
    const drop = (name: string, text: string) =>
      page.evaluate(
        ([fileName, content]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([content ?? ''], fileName ?? 'story.json', { type: 'application/json' }));
          document
            .querySelector('.map')
            ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        [name, text],
      );
    await drop('not-a-story.json', '{ "version": 1,');
    await expect(page.locator('.report')).toContainText(/not-a-story\.json.*line 1: not valid JSON/);
    await drop('karabakh-2023.json', readFileSync(EXAMPLE_FILE, 'utf8'));
    await expect(page.locator('[data-claim="exodus"]')).toBeAttached();
    await expect(page.locator('.card')).toHaveCount(0);
    await expect(page.locator('.report')).toHaveCount(0);
  });
});

test.describe('the Content-Security-Policy', () => {
  test('is strict and the app runs under it without a violation', async ({ page, problems }) => {
    const { violations } = await open(page, '');
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await mapReady(page);
    await page.locator('[data-claim="russian-base"]').click();
    await page.locator('[data-place="gyumri"]').click();
    await page.locator('[data-claim="area"]').click();
    await page.locator('.card [data-select="region:nagorno-karabakh"]').first().click();
    await page.getByLabel('Open a story file').setInputFiles(EXAMPLE_FILE);
    await expect(page.locator('[data-claim="exodus"]')).toBeAttached();
    await mapReady(page);
    expect(violations).toEqual([]);
    // The watch itself works: an inline script is blocked and reported (and Chromium logs the refusal as an error).
    // (The directive also names the hashes of the page's own inline scripts, vite-plugins/firstView.ts.)
    problems.expectError(/Content Security Policy directive 'script-src 'self'( 'sha256-[\w+/=]+')*'/);
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.inline = 1' })),
    );
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inline' in window)).toBe(false);
  });
});
