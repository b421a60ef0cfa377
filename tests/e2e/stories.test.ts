// Other stories: ?story= and dropped files, their checker messages in the page, inert hostile text, and the CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, waitForMapReady } from './support/browser';
import { repoRoot } from './support/global-setup';

const EXAMPLE_FILE = join(repoRoot, 'public/stories/karabakh-2023.json');
const SHIPPED_FILE = join(repoRoot, 'public/stories/karabakh-2020.json');
const WAIT = { timeout: 20_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

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

async function open(search: string, routes: Record<string, string> = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const watched = await watchPage(page);
  for (const [path, body] of Object.entries(routes)) {
    await page.route(`**/${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  await page.goto(inject('baseUrl') + search);
  await page.locator('[data-claim]').first().waitFor(WAIT);
  return { page, ...watched };
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
  'url',
  'sources',
  'regions',
  'places',
  'relations',
  'parts',
]);

function withPayloads(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return NOT_TEXT.has(key) ? value : `${value} ${PAYLOAD}`;
  if (Array.isArray(value)) return value.map((item) => withPayloads(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([field, item]) => [field, withPayloads(item, field)]));
  }
  return value;
}

describe('the example story', () => {
  test('?story= shows its own claims, pins and regions', async () => {
    const { page, violations } = await open('?story=stories/karabakh-2023.json');
    await page.locator('[data-claim="dissolution-decree"]').waitFor(WAIT);
    expect(await page.locator('[data-claim="area"]').count()).toBe(0);
    await waitForMapReady(page);
    const pins = await page
      .locator('[data-place]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-place')).sort());
    expect(pins).toEqual(['baku', 'stepanakert', 'yerevan']);
    await page.locator('[data-claim="after-the-offensive"]').click();
    await page.locator('.card [data-select="region:nagorno-karabakh"]').first().click();
    await expect.poll(() => page.locator('.card').first().textContent(), WAIT).toMatch(/surrendered on 20 Sept 2023/);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('a story that cannot be opened', () => {
  test('shows the checker messages and keeps the default story usable', async () => {
    const broken = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as { claims: { id: string }[] };
    broken.claims[1] = { ...broken.claims[1], id: 'dissolution-decree' };
    const { page } = await open('?story=stories/broken.json', {
      'stories/broken.json': JSON.stringify(broken, null, 2),
    });
    const report = page.locator('.report');
    await report.waitFor(WAIT);
    expect(await report.textContent()).toMatch(
      /line \d+: claims\.1\.id: another claim already uses the id "dissolution-decree"/,
    );
    await page.locator('[data-claim="area"]').click();
    await page.locator('.card h3').waitFor(WAIT);
    await report.getByRole('button', { name: 'Dismiss' }).click();
    expect(await report.count()).toBe(0);
    await page.context().close();
  });

  test('from another origin is refused without a request', async () => {
    const { page, foreignRequests } = await openPage(browser, {
      hash: '',
      baseUrl: `${inject('baseUrl')}?story=https://stories.example.com/s.json`,
    });
    await page.locator('.report').waitFor(WAIT);
    expect(await page.locator('.report').textContent()).toMatch(
      /stories from https:\/\/stories\.example\.com are not allowed here/,
    );
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('hostile story text', () => {
  test('markup in every text field renders as text and runs nothing', async () => {
    const hostile = JSON.stringify(withPayloads(JSON.parse(readFileSync(SHIPPED_FILE, 'utf8'))));
    const { page, dialogs } = await open('?story=stories/hostile.json', { 'stories/hostile.json': hostile });
    await page.locator('.panel__header h2', { hasText: '<img src=x onerror=' }).waitFor(WAIT);
    await page.locator('[data-claim="area"]').click();
    await page.locator('.card [data-select^="region:"]').first().click();
    await page.locator('.credits summary').click();
    expect(await page.locator('.panel').textContent()).toContain('<script>window.__pwned=true</script>');
    expect(await page.locator('.panel img, .panel script').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  test('javascript: links are refused by the checker and never become links', async () => {
    const story = JSON.parse(readFileSync(SHIPPED_FILE, 'utf8')) as { sources: { url?: string }[] };
    story.sources.forEach((source) => (source.url = 'javascript:alert(1)'));
    const { page, dialogs } = await open('?story=stories/links.json', { 'stories/links.json': JSON.stringify(story) });
    await page.locator('.report').waitFor(WAIT);
    expect(await page.locator('.report').textContent()).toMatch(/sources\.0\.url: must be an http\(s\) address/);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const rels = await page
      .locator('a[href^="http"][target="_blank"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
    expect(rels.length).toBeGreaterThan(0);
    expect(new Set(rels)).toEqual(new Set(['noopener noreferrer']));
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});

describe('a story file from the reader', () => {
  test('chosen with the file input opens, and the address stops naming the previous story', async () => {
    const { page } = await open('?story=stories/karabakh-2023.json#claim=exodus');
    await page.locator('.card h3').waitFor(WAIT);
    await page.getByLabel('Open a story file').setInputFiles(SHIPPED_FILE);
    await page.locator('[data-claim="area"]').waitFor(WAIT);
    expect(await page.locator('[data-claim="exodus"]').count()).toBe(0);
    expect(await page.locator('.card').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  test('dropped on the page opens, and a bad one is reported', async () => {
    const { page } = await open('#claim=area');
    await page.locator('.card h3').waitFor(WAIT);
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
    await page.locator('.report').waitFor(WAIT);
    expect(await page.locator('.report').textContent()).toMatch(/not-a-story\.json.*line 1: not valid JSON/);
    await drop('karabakh-2023.json', readFileSync(EXAMPLE_FILE, 'utf8'));
    await page.locator('[data-claim="exodus"]').waitFor(WAIT);
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.locator('.report').count()).toBe(0);
    await page.context().close();
  });
});

describe('the Content-Security-Policy', () => {
  test('is strict and the app runs under it without a violation', async () => {
    const { page, violations } = await open('');
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await waitForMapReady(page);
    await page.locator('[data-claim="russian-base"]').click();
    await page.locator('[data-place="gyumri"]').click();
    await page.locator('[data-claim="area"]').click();
    await page.locator('.card [data-select="region:nagorno-karabakh"]').first().click();
    await page.getByLabel('Open a story file').setInputFiles(EXAMPLE_FILE);
    await page.locator('[data-claim="exodus"]').waitFor(WAIT);
    await waitForMapReady(page);
    expect(violations).toEqual([]);
    // The watch itself works: an inline script is blocked and reported.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.inline = 1' })),
    );
    await expect.poll(() => violations.length, WAIT).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inline' in window)).toBe(false);
    await page.context().close();
  });
});
