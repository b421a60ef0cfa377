// The story editor (`?edit`), as a journalist uses it: from an article's text to a checked story file that the reader
// opens, with every change kept across a reload, and example stories that come back out byte for byte.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { validateStoryText } from '../../src/story/validate/validateStory';
import { repoRoot } from '../support/staticServer';
import { cameraStill, mapReady } from './support/app';
import { axeViolations } from './support/axe';
import { elementStyles } from './support/elementStyles';
import { expect, test } from './support/test';

// An article of our own for the test (not a real one): three paragraphs and a caption.
const ARTICLE = [
  'Officials in Northport said on Monday that the ferry link to Southport would close for repairs until the spring.',
  'Photo: the ferry terminal at Northport.',
  'The mayor of Southport called the closure a blow to local trade and asked the regional government for help.',
  'Engineers found cracks in the main pier during a routine inspection last week, the port authority said.',
].join('\n\n');

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

/** Selects a phrase inside the paragraph with this id, as a reader's drag would. */
async function selectPhrase(page: Page, part: string, phrase: string) {
  await page.locator(`[data-part="${part}"]`).evaluate((element, words) => {
    const node = element.firstChild;
    const text = element.textContent;
    const start = text.indexOf(words);
    if (!node || start < 0) throw new Error(`"${words}" is not in ${text}`);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + words.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, phrase);
}

const claim = (page: Page, number: number) => page.locator(`[data-item="claims.${number - 1}"]`);
const place = (page: Page, number: number) => page.locator(`[data-item="places.${number - 1}"]`);

/** Clicks the map at a fraction of its width and height. */
async function clickMap(page: Page, x: number, y: number) {
  const canvas = page.locator('.editor .map canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the map has no box');
  await cameraStill(page);
  await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
}

async function newStory(page: Page) {
  await page.goto('/?edit');
  await page.getByRole('button', { name: 'New, empty story' }).click();
  await expect(page.getByRole('heading', { name: 'The article', exact: true })).toBeVisible();
}

test('a journalist builds a three-claim story from an empty editor, and readers open the file it downloads', async ({
  page,
}, testInfo) => {
  await newStory(page);
  // The checker runs from the start: an empty story has errors, and the download waits for them.
  await expect(page.locator('.problems__count')).toHaveText(/^\d+ errors?/);
  await expect(page.getByRole('button', { name: 'Download story file' })).toBeDisabled();
  await expect(page.locator('[data-path="article.title"] ~ .field__problems')).toContainText('must not be empty');

  await field(page, 'Headline').fill('Ferry link between Northport and Southport to close');
  await field(page, 'Outlet').fill('Test Gazette');
  await field(page, 'Author').fill('A. Reporter');
  await field(page, 'Published').first().fill('2026-03-02');
  await field(page, 'Day of the events').fill('2026-03-02');
  await field(page, 'Story id').fill('ferry-closure');

  await field(page, 'Article text').fill(ARTICLE);
  await expect(page.locator('.article-part__id')).toHaveText(['¶1', '¶2', '¶3', '¶4']);
  await page.locator('.article-part').nth(1).getByLabel('Photo caption').check();
  await expect(page.locator('.article-part__id')).toHaveText(['¶1', 'C1', '¶2', '¶3']);

  // Claims from phrases: the phrase is the quote, the paragraph is cited, and the text is the editor's own.
  await selectPhrase(page, '¶1', 'would close for repairs until the spring');
  await page.getByRole('button', { name: 'Make a claim from the selected words' }).click();
  await expect(field(claim(page, 1), 'Quote from the article (optional)')).toHaveValue(
    'would close for repairs until the spring',
  );
  await expect(field(claim(page, 1), 'The claim, in your own words')).toBeFocused();
  await page.keyboard.type('Northport officials say the ferry to Southport stops until spring for repairs.');
  await expect(claim(page, 1).getByRole('checkbox', { name: '¶1' })).toBeChecked();

  await selectPhrase(page, '¶2', 'a blow to local trade');
  await page.getByRole('button', { name: 'Make a claim from the selected words' }).click();
  // Copying eight words of the article outside the quote is pointed out.
  await page.keyboard.type('Officials in Northport said on Monday that the ferry link would shut.');
  await expect(claim(page, 2).locator('.field__problem--warning')).toContainText('repeats');
  await field(claim(page, 2), 'The claim, in your own words').fill(
    'Southport’s mayor says the closure hurts trade and wants regional help.',
  );
  await expect(claim(page, 2).locator('.field__problem--warning')).toHaveCount(0);

  await page.getByRole('button', { name: 'Claim from ¶3' }).click();
  await page.keyboard.type('Inspectors found the main pier cracked.');

  // A source, then a fact check of claim 1 that cites it.
  await page.getByRole('button', { name: 'Add a source' }).click();
  const source = page.locator('[data-item="sources.0"]');
  await field(source, 'Title').fill('Port authority statement on the pier inspection');
  await field(source, 'Outlet or publisher').fill('Northport Port Authority');
  await field(source, 'Address (optional)').fill('https://port.example.org/statement');
  await claim(page, 1).getByRole('button', { name: 'Add a fact check' }).click();
  await field(claim(page, 1), 'What the sources say').fill('The port authority confirms the closure and its cause.');
  await claim(page, 1)
    .getByRole('checkbox', { name: /Port authority statement/ })
    .check();

  // Two places, clicked on the map, named and sourced.
  await mapReady(page);
  await page.getByRole('button', { name: 'Add a place', exact: true }).click();
  await clickMap(page, 0.45, 0.4);
  await expect(field(place(page, 1), 'Name 1')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Northport');
  await clickMap(page, 0.55, 0.6);
  await expect(field(place(page, 2), 'Name 1')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Southport');
  for (const number of [1, 2]) {
    await field(place(page, number), 'Kind').selectOption('regional-capital');
    await field(place(page, number), 'Country').fill('Testland');
    await field(place(page, number), 'Summary').fill('A port town on the strait.');
    await place(page, number)
      .getByRole('checkbox', { name: /Port authority statement/ })
      .check();
  }
  await expect(page.locator('.editor .pin')).toHaveCount(2);

  // A pin dragged moves its place.
  await page.getByRole('button', { name: 'Look around', exact: true }).click();
  const before = Number(await field(place(page, 2), 'Longitude').inputValue());
  const pin = await page.locator('.editor .pin[data-place="new-place-2"] .pin__dot').boundingBox();
  if (!pin) throw new Error('the pin has no box');
  await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
  await page.mouse.down();
  await page.mouse.move(pin.x + pin.width / 2 + 60, pin.y + pin.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => Number(await field(place(page, 2), 'Longitude').inputValue())).toBeGreaterThan(before);

  // A line drawn from one pin to the other.
  await page.getByRole('button', { name: 'Draw a line', exact: true }).click();
  await page.locator('.editor .pin[data-place="new-place-1"]').click();
  await page.locator('.editor .pin[data-place="new-place-2"]').click();
  const line = page.locator('[data-item="relations.0"]');
  await field(line, 'Type').selectOption('talks-offer');
  await field(line, 'Label').fill('Ferry link');
  await field(line, 'Summary').fill('The ferry that is closing.');
  await line.getByRole('checkbox', { name: /Port authority statement/ }).check();

  // Claims linked to elements: by picking on the map, and from the list.
  await claim(page, 1).getByRole('button', { name: 'Link elements on the map' }).click();
  await page.locator('.editor .pin[data-place="new-place-1"]').click();
  await expect(claim(page, 1).locator('.linked__item')).toHaveText([/Northport/]);
  await claim(page, 1).getByRole('button', { name: 'Done linking' }).click();
  for (const [number, element] of [
    [2, 'Southport (place)'],
    [3, 'Ferry link (line)'],
  ] as const) {
    await claim(page, number).getByLabel('Element to link').selectOption({ label: element });
    await claim(page, number).getByRole('button', { name: 'Link', exact: true }).click();
  }

  await expect(page.locator('.problems__count')).toHaveText('No problems: ready to publish');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download story file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ferry-closure.json');
  const file = testInfo.outputPath('ferry-closure.json');
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  // The file passes the same checker as `npm run story:check`, and carries no sentence of the article.
  expect(validateStoryText(text)).toMatchObject({ ok: true });
  for (const paragraph of ARTICLE.split('\n\n')) expect(text).not.toContain(paragraph);

  // A reader opens the file: the claims in the editor's words, the places on the map.
  await page.goto('/');
  // The file input answers once the app has taken the page over (before, it is the build's markup): a person's file
  // dialog takes longer than that, a test's does not.
  await expect(page.locator('html[data-taken-over]')).toBeAttached();
  await page.getByLabel('Open a story file').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ferry link between Northport and Southport');
  await expect(
    page.getByText('Northport officials say the ferry to Southport stops until spring for repairs.'),
  ).toBeVisible();
  await page.getByText('Inspectors found the main pier cracked.').click();
  await expect(page.locator('.map')).toContainText('Northport');
  await expect(page.locator('.map')).toContainText('Southport');
});

test('a reload in the middle of editing loses nothing: the editor offers the draft, with every change in it', async ({
  page,
}) => {
  await newStory(page);
  await field(page, 'Headline').fill('Half-written story');
  await field(page, 'Article text').fill(ARTICLE);
  await page.locator('.article-part').nth(1).getByLabel('Photo caption').check();
  await selectPhrase(page, '¶2', 'a blow to local trade');
  await page.getByRole('button', { name: 'Make a claim from the selected words' }).click();
  await page.keyboard.type('The mayor says the closure');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await field(page.locator('[data-item="sources.0"]'), 'Title').fill('Mayor’s statement');

  await page.reload();
  await page.getByRole('button', { name: 'Resume “Half-written story”' }).click();
  // Items start closed in a resumed draft: opened, they hold every change.
  await page.getByRole('button', { name: /^Claim 1/ }).click();
  await page.getByRole('button', { name: /^Source 1/ }).click();
  await expect(field(page, 'Headline')).toHaveValue('Half-written story');
  await expect(field(page, 'Article text')).toHaveValue(ARTICLE);
  await expect(page.locator('.article-part__id')).toHaveText(['¶1', 'C1', '¶2', '¶3']);
  await expect(field(claim(page, 1), 'The claim, in your own words')).toHaveValue('The mayor says the closure');
  await expect(field(claim(page, 1), 'Quote from the article (optional)')).toHaveValue('a blow to local trade');
  await expect(field(page.locator('[data-item="sources.0"]'), 'Title')).toHaveValue('Mayor’s statement');
});

test('undo and redo cover every edit, from the buttons and the keyboard', async ({ page }) => {
  await newStory(page);
  await field(page, 'Headline').fill('First headline');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await expect(page.locator('[data-item="sources.0"]')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-item="sources.0"]')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(field(page, 'Headline')).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(field(page, 'Headline')).toHaveValue('First headline');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('[data-item="sources.0"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('every example story, imported and exported unchanged, is the same file byte for byte', async ({
  page,
}, testInfo) => {
  for (const name of ['karabakh-2020', 'karabakh-2023', 'thailand-cambodia-2025']) {
    const shipped = await readFile(join(repoRoot, 'public/stories', `${name}.json`));
    await page.goto('/?edit');
    await expect(page.getByRole('heading', { name: 'Story editor' })).toBeVisible();
    await page.getByLabel('Open a story file').setInputFiles(join(repoRoot, 'public/stories', `${name}.json`));
    await expect(page.locator('.problems__count')).toHaveText(/^0 errors|^No problems/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download story file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${name}.json`);
    const file = testInfo.outputPath(`${name}.json`);
    await download.saveAs(file);
    expect((await readFile(file)).equals(shipped), `${name}.json comes back the same`).toBe(true);
  }
});

test('a file that is not a story is refused with its reason, and the saved drafts stay', async ({ page }, testInfo) => {
  await newStory(page);
  await field(page, 'Headline').fill('Kept draft');
  await page.getByRole('button', { name: 'Drafts' }).click();
  await expect(page.getByRole('heading', { name: 'Story editor' })).toBeVisible();
  const notAStory = testInfo.outputPath('list.json');
  await writeFile(notAStory, '[1, 2, 3]');
  await page.getByLabel('Open a story file').setInputFiles(notAStory);
  await expect(page.getByRole('status').filter({ hasText: 'list.json is not a story file' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume “Kept draft”' })).toBeVisible();
});

test('the editor has no accessibility violations: empty, with problems listed, and a whole story with a claim being linked', async ({
  page,
}) => {
  const violations: string[] = [];
  const check = async (state: string) => {
    violations.push(...(await axeViolations(page, state)));
  };
  await page.goto('/?edit');
  await expect(page.getByRole('button', { name: 'New, empty story' })).toBeVisible();
  await check('open screen');
  await page.getByRole('button', { name: 'New, empty story' }).click();
  await field(page, 'Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Claim from ¶1' }).click();
  await page.locator('.problems__count').click();
  await expect(page.locator('.problems__list')).toBeVisible();
  await check('a new story, its problems listed');
  await page.getByRole('button', { name: 'Drafts' }).click();
  // A whole story, its map drawn, a claim open and being linked (the reader's own a11y test covers the map's inside).
  await page.getByRole('button', { name: 'Example: Thailand and Cambodia, July 2025 (KUNA)' }).click();
  await expect(page.locator('.problems__count')).toHaveText('No problems: ready to publish');
  await page.getByRole('button', { name: /^Claim 1:/ }).click();
  await page.locator('[data-item="claims.0"]').getByRole('button', { name: 'Link elements on the map' }).click();
  await check('a full story, a claim being linked');
  expect(violations).toEqual([]);
});

test('“Preview as a reader” shows the draft in the reader’s page, and “Embed” gives the code for where the file will live', async ({
  page,
}) => {
  await page.goto('/?edit');
  await page.getByRole('button', { name: 'Example: Thailand and Cambodia, July 2025 (KUNA)' }).click();
  await expect(page.locator('.problems__count')).toHaveText('No problems: ready to publish');
  await field(page, 'Headline').fill('Edited headline for the preview');
  await page.getByRole('button', { name: 'Preview as a reader' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Edited headline for the preview/);
  await expect(page.locator('.reader-preview [data-map-state]')).toBeVisible();
  await page.getByRole('button', { name: 'Back to editing' }).click();
  await expect(field(page, 'Headline')).toHaveValue('Edited headline for the preview');

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await field(page, 'Address where the story file will be hosted').fill('https://news.example.org/maps/border.json');
  const snippet = await field(page, 'Embed code').inputValue();
  const mapAddress = /data-conflict-map="([^"]+)"/.exec(snippet)?.[1] ?? '';
  expect(new URL(mapAddress.replaceAll('&amp;', '&')).searchParams.get('story')).toBe(
    'https://news.example.org/maps/border.json',
  );
  expect(snippet).toContain('embed.js');
});

test('a country field keeps the browser’s list arrow, not the date field’s drawn calendar button', async ({ page }) => {
  // Both are the same part of a field (-webkit-calendar-picker-indicator): only the date field's is drawn by the page.
  await newStory(page);
  const parts = await elementStyles(page, 'input[list]');
  const arrow = parts.find(({ pseudo }) => pseudo === '-webkit-calendar-picker-indicator')?.style;
  // The browser draws its arrow as the part's list marker; the date field's box would be borders around it.
  expect(arrow?.['display']).toBe('list-item');
  expect([arrow?.['border-top-width'], arrow?.['border-left-width']]).toEqual(['0px', '0px']);
});

test('with the keyboard alone: places by coordinates or a country’s name, a country and an imported outline with their areas', async ({
  page,
}, testInfo) => {
  await newStory(page);
  const addPlace = page.getByRole('group', { name: 'Add a place by typing' });
  await field(addPlace, 'Name').fill('Gyumri');
  await field(addPlace, 'Longitude').fill('43.8465');
  await field(addPlace, 'Latitude').fill('40.7929');
  await addPlace.getByRole('button', { name: 'Add this place' }).press('Enter');
  await expect(field(place(page, 1), 'Name 1')).toBeFocused();
  await expect(field(place(page, 1), 'Longitude')).toHaveValue('43.8465');
  // A country's name puts the place at the middle of its box, to be moved.
  await field(addPlace, 'Or find a country').fill('Armenia');
  await expect(field(addPlace, 'Name')).toHaveValue('Armenia');
  await addPlace.getByRole('button', { name: 'Add this place' }).press('Enter');
  await expect(field(place(page, 2), 'Latitude')).toHaveValue(/^40\./);

  const addRegion = page.getByRole('group', { name: 'Add a region' });
  await field(addRegion, 'Country').fill('Armenia');
  await addRegion.getByRole('button', { name: 'Add country' }).press('Enter');
  const region = page.locator('[data-item="regions.0"]');
  // Its area, from the same 1:50m outline the reader's area card measures (Armenia is about 29,700 km²).
  await expect(region.locator('.outline-area')).toHaveText(/^Area on the map: 29,\d{3} km²/);

  const outline = testInfo.outputPath('square.geojson');
  await writeFile(
    outline,
    JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [46, 39.5],
            [47, 39.5],
            [47, 40.5],
            [46, 40.5],
            [46, 39.5],
          ],
        ],
      },
    }),
  );
  await addRegion.getByLabel('Import an outline (GeoJSON)').setInputFiles(outline);
  // One degree by one at 40° N: about 111 km × 85 km.
  await expect(page.locator('[data-item="regions.1"] .outline-area')).toHaveText(/^Area on the map: 9,\d{3} km²/);
  await expect(page.locator('[data-item="regions.1"]').getByLabel('Kind')).toHaveValue('disputed-region');
});
