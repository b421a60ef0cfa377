// Stories anywhere: a story outside the Caucasus opens from ?story= with its own home view, regions (countries named by
// ISO code, fetched one file each), areas, pins and titles; a story's own outline is drawn and measured; a country code
// that names no country gets a clear message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { areaKm2 } from '../../src/geometry/area';
import { formatKm2 } from '../../src/ui/format';
import { repoRoot } from '../support/staticServer';
import { expect, test } from './support/test';

type StoryFile = {
  article: { title: string };
  map: { title: string; home: [number, number, number, number] };
  regions: { id: string; names: { name: string }[]; outlines: { id: string; country?: string }[] }[];
  places: { id: string }[];
};

const STORY_PATH = 'stories/thailand-cambodia-2025.json';
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(repoRoot, 'public', path), 'utf8'));
const story = readJson(STORY_PATH) as StoryFile;
const index = readJson('data/countries/index.json') as {
  countries: { iso: string; bbox: [number, number, number, number] }[];
};
const countryFile = (iso: string) => readJson(`data/countries/${iso}.json`) as Parameters<typeof areaKm2>[0];

/** Every path the page requested, from the first one. */
function requests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

async function openStory(page: Page, path: string): Promise<void> {
  await page.goto(`/?story=${path}`);
  await expect(page.locator('.panel h2')).toHaveText(story.article.title);
}

test.describe('a story outside the Caucasus, from ?story=', () => {
  test('draws its countries and their neighbours, fetched alone, its pins, and names the page after itself', async ({
    page,
  }) => {
    const requested = requests(page);
    await openStory(page, STORY_PATH);
    for (const region of story.regions)
      await expect(page.locator(`.map svg [data-svg-region="${region.id}"]`).first()).toBeAttached();
    for (const place of story.places) await expect(page.locator(`[data-svg-place="${place.id}"]`)).toBeAttached();
    // Its own countries, and for context only neighbours whose box meets its home view: never the whole world.
    const codes = story.regions.flatMap((region) => region.outlines.flatMap((outline) => outline.country ?? []));
    const [west, south, east, north] = story.map.home;
    const near = index.countries
      .filter(({ bbox: [w, s, e, n] }) => w < east && e > west && s < north && n > south)
      .map((entry) => entry.iso);
    const fetched = requested.flatMap((path) => /\/data\/countries\/(\d{3})\.json$/.exec(path)?.[1] ?? []);
    expect(fetched).toEqual(expect.arrayContaining(codes));
    for (const iso of fetched) expect([...codes, ...near]).toContain(iso);
    expect(fetched.length).toBeGreaterThan(codes.length);
    await expect(page).toHaveTitle(`${story.article.title} — the conflict on a map`);
    // The key names the story's regions, not the default story's.
    const key = page.locator('.legend');
    for (const region of story.regions) await expect(key).toContainText(region.names[0]?.name ?? region.id);
    await expect(key).not.toContainText('Armenia');
  });

  test('opens on its home view: every pin inside the map, the countries filling it', async ({ page }) => {
    await openStory(page, STORY_PATH);
    await expect(page.locator('.svg-map--fitted')).toBeAttached();
    const map = await page.locator('.map').boundingBox();
    if (!map) throw new Error('no map on screen');
    for (const place of story.places) {
      const pin = await page
        .locator(`[data-svg-place="${place.id}"] circle, [data-svg-place="${place.id}"] rect`)
        .first()
        .boundingBox();
      if (!pin) throw new Error(`${place.id} has no pin on screen`);
      expect(pin.x).toBeGreaterThanOrEqual(map.x);
      expect(pin.y).toBeGreaterThanOrEqual(map.y);
      expect(pin.x + pin.width).toBeLessThanOrEqual(map.x + map.width);
      expect(pin.y + pin.height).toBeLessThanOrEqual(map.y + map.height);
    }
    // The home view frames the two countries: together they span most of the map's height.
    const boxes = await Promise.all(
      story.regions.map((region) =>
        page.locator(`.map svg path[data-svg-region="${region.id}"]`).first().boundingBox(),
      ),
    );
    const top = Math.min(...boxes.map((box) => box?.y ?? Infinity));
    const bottom = Math.max(...boxes.map((box) => (box ? box.y + box.height : -Infinity)));
    expect(bottom - top).toBeGreaterThan(map.height * 0.6);
  });

  test('a country’s card gives its area computed from the outline drawn, with that outline’s provenance', async ({
    page,
  }) => {
    await openStory(page, STORY_PATH);
    const region = story.regions[0];
    const iso = region?.outlines[0]?.country;
    if (!region || !iso) throw new Error('the story’s first region is not a country by code');
    await page.locator(`[data-index="region:${region.id}"]`).click();
    const card = page.locator('.card--region');
    await expect(card).toContainText(formatKm2(areaKm2(countryFile(iso))));
    await expect(card).toContainText('Natural Earth admin-0 countries');
  });
});

test.describe('outlines a story brings', () => {
  test('an outline of the story’s own is drawn and measured', async ({ page }) => {
    // The example, with a disputed area of its own: a triangle around the temple, by coordinates.
    const zone = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [103.2, 14.2],
          [103.4, 14.2],
          [103.3, 14.45],
          [103.2, 14.2],
        ],
      ],
    };
    const edited = readJson(STORY_PATH) as Record<string, unknown> & { regions: unknown[] };
    edited.regions.push({
      id: 'test-zone',
      names: [{ name: 'Test zone' }],
      kind: 'disputed-region',
      status: 'A made-up area for this test.',
      summary: 'A made-up area for this test.',
      sources: ['natural-earth'],
      outlines: [
        {
          id: 'drawn',
          geometry: zone,
          label: 'Drawn for the test',
          description: 'A triangle by coordinates.',
          sources: ['natural-earth'],
        },
      ],
      defaultOutline: 'drawn',
    });
    await page.route('**/stories/zone.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }),
    );
    await page.goto('/?story=stories/zone.json');
    await expect(page.locator('.map svg path[data-svg-region="test-zone"]')).toBeAttached();
    await page.locator('[data-index="region:test-zone"]').click();
    await expect(page.locator('.card--region')).toContainText(formatKm2(areaKm2(zone)));
  });

  test('a country code that names no country is named, with what to check; the map stays', async ({
    page,
    problems,
  }) => {
    problems.expectError(/Failed to load resource.*404/);
    const edited = readJson(STORY_PATH) as { regions: { outlines: { country?: string }[] }[] };
    const outline = edited.regions[0]?.outlines[0];
    if (!outline) throw new Error('the story has no outline');
    outline.country = '999';
    await page.route('**/stories/nowhere.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }),
    );
    await page.goto('/?story=stories/nowhere.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/country 999 \(data\/countries\/999\.json\)/);
    await expect(alert).toContainText(/ISO 3166-1 numeric code/);
    // The default story stays on the map, usable.
    await expect(page.locator('[data-claim]').first()).toBeAttached();
  });
});
