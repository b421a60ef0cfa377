// Truth over time, as a reader sees it: on each date the claim list flags only the states a sourced timeline entry
// changed or ended (the table below is written by hand from the sources, not computed), and the CSTO alliance line is
// drawn frozen after Armenia's freeze of 22 Feb 2024, on the live map and on the picture shown without WebGL.
import type { Page } from '@playwright/test';
import { mapSection, openApp, openPanel } from './support/app';
import { pixelsNear, type Rgb } from './support/pixels';
import { expect, test } from './support/test';

// What each claim says in the list on four days: nothing (''), or its flag's headline. From the sources:
// Russia–Azerbaijan Declaration on Allied Interaction, 22 Feb 2022 (AZERTAC); the Karabakh authorities' surrender,
// 20 Sept 2023 (BBC), and the exodus, 100,417 people by 30 Sept 2023 (The Business Standard, UNHCR); Armenia froze its
// part in the CSTO on 22 Feb 2024 (Asbarez, Novaya Gazeta Europe); the OSCE closed the Minsk process on 30 Nov 2025
// (Mediamax, Trend). Events (what happened or was said by 30 Sept 2020) are never flagged.
const ON_THE_ARTICLES_DAY = 0;
const AFTER_THE_CEASEFIRE = 1;
const AFTER_THE_OFFENSIVE = 2;
const TODAY = 3;
// prettier-ignore
const EXPECTED: [claim: string, articleDay: string, ceasefire: string, afterOffensive: string, today: string][] = [
  ['casualties-caption',       '', '', '',                               ''],
  ['talks-offer',              '', '', '',                               ''],
  ['deaths-this-week',         '', '', '',                               ''],
  ['landlocked',               '', '', '',                               ''],
  ['area',                     '', '', '',                               ''],
  ['status',                   '', '', 'Changed on 30 September 2023',   'Changed on 30 September 2023'],
  ['lavrov-calls',             '', '', '',                               ''],
  ['putin-macron',             '', '', '',                               ''],
  ['vested-interest',          '', '', '',                               ''],
  ['russia-armenia-alliance',  '', '', '',                               'Changed on 22 February 2024'],
  ['russian-base',             '', '', '',                               ''],
  ['russia-azerbaijan-ties',   '', '', 'Changed on 22 February 2022',    'Changed on 22 February 2022'],
  ['french-armenians',         '', '', '',                               ''],
  ['france-turkey-tension',    '', '', '',                               ''],
  ['turkey-backs-azerbaijan',  '', '', '',                               ''],
  ['cavusoglu-accuses-france', '', '', '',                               ''],
  ['macron-rebuttal',          '', '', '',                               ''],
  ['minsk-group',              '', '', '',                               ''],
  ['minsk-group-members',      '', '', '',                               'No longer holds since 30 November 2025'],
  ['aliyev-vow',               '', '', '',                               ''],
];
const expectedOn = (column: number) => Object.fromEntries(EXPECTED.map((row) => [row[0], row[column + 1]]));

/** Every claim in the list, with the headline (the words before the colon) of any flag about the day shown, or ''.
 * The fact check's own flags ("Needs context", "Contradicted by sources") are about the article's day, so they are left
 * out; any other flag a reader sees counts. */
async function claimFlags(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-claim]').evaluateAll((items) =>
    Object.fromEntries(
      items.map((item) => {
        const flags = [...item.querySelectorAll('.claim-item__flag')]
          .map((flag) => flag.textContent)
          .filter((text) => text !== 'Needs context' && text !== 'Contradicted by sources');
        return [item.getAttribute('data-claim') ?? '', flags.map((text) => text.replace(/:.*$/s, '')).join(' | ')];
      }),
    ),
  );
}

test.describe('the claim list on four days', () => {
  test('on the article’s day nothing is flagged', async ({ page }) => {
    await openPanel(page);
    await expect.poll(() => claimFlags(page)).toEqual(expectedOn(ON_THE_ARTICLES_DAY));
  });

  test('after the ceasefire nothing is flagged either', async ({ page }) => {
    await openPanel(page);
    await page.getByRole('button', { name: /^Ceasefire/ }).click();
    await expect(page).toHaveURL(/#date=2020-11-10$/);
    expect(await claimFlags(page)).toEqual(expectedOn(AFTER_THE_CEASEFIRE));
  });

  test('after the 2023 offensive two states have changed', async ({ page }) => {
    await openPanel(page, '#date=2023-10-01');
    await expect.poll(() => claimFlags(page)).toEqual(expectedOn(AFTER_THE_OFFENSIVE));
  });

  test('today: no event is flagged, and every flag names its sources, linked on the card', async ({ page }) => {
    await openPanel(page);
    await page.getByRole('button', { name: /^Today/ }).click();
    await expect.poll(() => claimFlags(page)).toEqual(expectedOn(TODAY));
    for (const [claim, , , , today] of EXPECTED.filter((row) => row[TODAY + 1] !== '')) {
      await expect(page.locator(`[data-claim="${claim}"] [data-claim-status]`)).toHaveText(/\(.+\)$/);
      await page.locator(`[data-claim="${claim}"]`).click();
      const note = page.locator('.card .claim-status');
      await expect(note.locator('h4')).toHaveText(today);
      await expect(note.locator('a[href^="https://"]').first()).toBeAttached();
    }
  });
});

// The frozen line's pale blue band (RELATION_STATUS_STYLES.frozen.casing) and the alliance line's own red
// (RELATION_STYLES['military-alliance']), as the reader's screen shows them with the line selected (fully opaque).
const ICE: Rgb = [0xba, 0xe6, 0xfd];
const ALLIANCE_RED: Rgb = [0xb9, 0x1c, 0x1c];

/** How many pixels of the map, as shown on screen, are within a few levels of each colour. */
async function pixelsOf(page: Page, colours: Record<string, Rgb>): Promise<Record<string, number>> {
  return pixelsNear(page, await page.locator('section.map').screenshot(), colours);
}

/** The alliance line, selected, on the day before the freeze (solid red, no band) and on the day itself (on the band). */
async function expectFrozenFromTheFreeze(page: Page, goTo: (hash: string) => Promise<void>): Promise<void> {
  await goTo('#relation=moscow-yerevan-alliance&date=2024-02-21');
  await expect
    .poll(async () => {
      const { ice = 0, red = 0 } = await pixelsOf(page, { ice: ICE, red: ALLIANCE_RED });
      return red >= 60 && ice <= 3;
    })
    .toBe(true);
  await goTo('#relation=moscow-yerevan-alliance&date=2024-02-22');
  await expect
    .poll(async () => {
      const { ice = 0, red = 0 } = await pixelsOf(page, { ice: ICE, red: ALLIANCE_RED });
      return ice >= 60 && red <= 3;
    })
    .toBe(true);
  await expect(page.locator('.card .map-now')).toContainText(/Military alliance \(CSTO\) is drawn as frozen/);
  await expect(page.locator('[data-legend-status="frozen"]')).toContainText(/Frozen/);
}

const goToHash = (page: Page) => async (hash: string) => {
  await page.evaluate((next) => (window.location.hash = next), hash);
};

test.describe('the CSTO alliance line after Armenia’s freeze', () => {
  test('on the live map: solid the day before, frozen from 22 Feb 2024 (not gone)', async ({ page }) => {
    await openApp(page, '#relation=moscow-yerevan-alliance&date=2024-02-21');
    await expectFrozenFromTheFreeze(page, goToHash(page));
  });

  test('on the live map: dimmed while another line is chosen, lit again when it is', async ({ page }) => {
    const redPixels = async () => (await pixelsOf(page, { red: ALLIANCE_RED })).red ?? 0;
    await openApp(page, '#relation=moscow-yerevan-alliance&date=2024-02-21');
    await expect.poll(redPixels).toBeGreaterThanOrEqual(60);
    await goToHash(page)('#relation=ankara-baku-backing&date=2024-02-21');
    await expect.poll(redPixels).toBeLessThanOrEqual(3);
    await goToHash(page)('#relation=moscow-yerevan-alliance&date=2024-02-21');
    await expect.poll(redPixels).toBeGreaterThanOrEqual(60);
  });

  test('on the live map today: still frozen', async ({ page }) => {
    await openApp(page, '#relation=moscow-yerevan-alliance');
    await page.getByRole('button', { name: /^Today/ }).click();
    await expect.poll(async () => (await pixelsOf(page, { ice: ICE })).ice ?? 0).toBeGreaterThanOrEqual(60);
  });

  test.describe('on the picture shown without WebGL', { tag: '@no-webgl' }, () => {
    test('solid the day before, frozen from 22 Feb 2024', async ({ page }) => {
      await page.goto('/#relation=moscow-yerevan-alliance&date=2024-02-21');
      await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
      await expectFrozenFromTheFreeze(page, goToHash(page));
    });
  });
});
