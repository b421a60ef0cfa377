/**
 * Label legibility, counted in what the reader sees: every selection view (each claim, relation, place and region,
 * and none) at a phone (360×740, touch), an embed (700×600, ?embed=1) and a desktop (1280×800), on the live map and on
 * the no-WebGL picture, and each view printed (print media at A4 landscape, over the live map). Counts overlapping
 * labels, labels cut by the map's edge, lit pins hidden under the sheet or a control, lit pins with no label (their own
 * or a group's), and on phones the selected card out of view. `npm run bench` prints it; `tsx bench/legibility.ts` runs
 * it alone (needs dist/).
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, startStaticServer } from '../tests/support/staticServer';
import { launchBrowser, launchBrowserWithoutWebGL } from './browser';

/** `print`: the page in print media over a live map, as a reader prints it (the picture stands in for the canvas). */
type Renderer = 'live' | 'picture' | 'print';
/** Drawn on screen; print has a size of its own. */
type Drawn = Exclude<Renderer, 'print'>;
type SizeName = 'phone' | 'embed' | 'desktop' | 'a4';
const SIZES: Record<SizeName, { width: number; height: number; touch: boolean; query: string }> = {
  phone: { width: 360, height: 740, touch: true, query: '' },
  embed: { width: 700, height: 600, touch: false, query: '?embed=1' },
  desktop: { width: 1280, height: 800, touch: false, query: '' },
  /** What an A4 portrait page prints on, inside its 8 mm margins, at 96 px an inch. */
  a4: { width: 733, height: 1062, touch: false, query: '' },
};

type ViewCounts = {
  view: string;
  overlaps: string[];
  edgeCuts: string[];
  hiddenLitPins: string[];
  /** Lit pins on the map with no label of their own and in no group's label. */
  unlabelledLitPins: string[];
  cardOutOfView: boolean;
};

/** Runs in the page: boxes of every visible label, lit pin and control, and what collides. */
function countInPage(renderer: Drawn): Omit<ViewCounts, 'view'> {
  type Box = { name: string; rect: DOMRect };
  const map = document.querySelector('[data-map-state]');
  const mapRect = map?.getBoundingClientRect();
  const visible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const labels: Box[] = (
    renderer === 'live'
      ? [...document.querySelectorAll('.pin:not(.pin--unlabelled) .pin__label, .map-label')]
      : [...document.querySelectorAll('.svg-map text')]
  )
    .filter(visible)
    .map((element) => ({ name: element.textContent, rect: element.getBoundingClientRect() }));
  const overlaps: string[] = [];
  const shrink = 1;
  for (let i = 0; i < labels.length; i += 1)
    for (let j = i + 1; j < labels.length; j += 1) {
      const a = labels[i]?.rect;
      const b = labels[j]?.rect;
      if (!a || !b) continue;
      if (
        a.left + shrink < b.right - shrink &&
        b.left + shrink < a.right - shrink &&
        a.top + shrink < b.bottom - shrink &&
        b.top + shrink < a.bottom - shrink
      )
        overlaps.push(`${labels[i]?.name} × ${labels[j]?.name}`);
    }
  const edgeCuts = mapRect
    ? labels
        .filter(
          ({ rect }) =>
            rect.left < mapRect.left - 0.5 ||
            rect.top < mapRect.top - 0.5 ||
            rect.right > mapRect.right + 0.5 ||
            rect.bottom > mapRect.bottom + 0.5,
        )
        .map(({ name }) => name)
    : [];
  const covers = [
    ...document.querySelectorAll(
      '.maplibregl-ctrl-group, .map__download, .maplibregl-ctrl-attrib, .map__notice, .panel',
    ),
  ]
    .filter(visible)
    .map((element) => element.getBoundingClientRect());
  // Each lit pin once: its name, its dot's centre, whether that is on the map, and the pin's own element.
  const litPins = (
    renderer === 'live'
      ? [...document.querySelectorAll('.pin--lit .pin__dot')]
      : [...document.querySelectorAll('.svg-map__pin--lit > :first-child')]
  ).map((dot) => {
    const pin = dot.closest('[data-place], [data-svg-place]');
    const rect = dot.getBoundingClientRect();
    const [x, y] = [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2];
    return {
      id: pin?.getAttribute('data-place') ?? pin?.getAttribute('data-svg-place') ?? '?',
      pin,
      x,
      y,
      onMap: !!mapRect && x >= mapRect.left && x <= mapRect.right && y >= mapRect.top && y <= mapRect.bottom,
    };
  });
  const hiddenLitPins = litPins.flatMap(({ id, x, y, onMap }) => {
    const covered = covers.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
    return !onMap || covered ? [id] : [];
  });
  const grouped = new Set(
    [...document.querySelectorAll('[data-label^="group:"], [data-svg-label^="group:"]')].flatMap((label) =>
      (label.getAttribute('data-label') ?? label.getAttribute('data-svg-label') ?? '')
        .slice('group:'.length)
        .split('+'),
    ),
  );
  const unlabelledLitPins = litPins.flatMap(({ id, pin, onMap }) => {
    const labelled =
      renderer === 'live' ? !pin?.classList.contains('pin--unlabelled') : pin?.querySelector('text') !== null;
    return onMap && !labelled && !grouped.has(id) ? [id] : [];
  });
  // The selected card's heading: inside the sheet's visible part, below its handle.
  let cardOutOfView = false;
  const panel = document.querySelector('.panel');
  const card = document.querySelector('.panel__selection .card, .panel__selection article, .panel__selection');
  const bar = document.querySelector('.sheet-bar');
  if (panel && card && bar && bar.getBoundingClientRect().height > 0) {
    const visibleTop = bar.getBoundingClientRect().bottom;
    const visibleBottom = Math.min(panel.getBoundingClientRect().bottom, window.innerHeight);
    // A claim card's heading is the claim's text; other cards' headings are the element's name.
    const heading = card.querySelector('h3, h2') ?? card;
    const { top, bottom } = heading.getBoundingClientRect();
    cardOutOfView = top < visibleTop - 1 || bottom > visibleBottom + 1;
  }
  return { overlaps, edgeCuts, hiddenLitPins, unlabelledLitPins, cardOutOfView };
}

/** Waits until the map has drawn the view and its pins stand still (the camera has arrived). */
async function settle(page: Page, renderer: Drawn): Promise<void> {
  const state = renderer === 'live' ? 'ready' : 'failed';
  await page.waitForSelector(`[data-map-state="${state}"]`, { timeout: 30_000 });
  await settled(page);
}

/** Waits until the map's marks stand still. */
async function settled(page: Page): Promise<void> {
  let last = '';
  for (let round = 0; round < 40; round += 1) {
    const now = await page.evaluate(() =>
      JSON.stringify(
        [...document.querySelectorAll('.pin__dot, .pin__label, .map-label, .svg-map text')].map((element) => {
          const rect = element.getBoundingClientRect();
          return [Math.round(rect.x), Math.round(rect.y)];
        }),
      ),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

async function countViews(
  browser: Browser,
  baseUrl: string,
  renderer: Renderer,
  size: SizeName,
  views: readonly string[],
): Promise<ViewCounts[]> {
  const { width, height, touch, query } = SIZES[size];
  const context = await browser.newContext({
    viewport: { width, height },
    hasTouch: touch,
    isMobile: touch,
    reducedMotion: 'reduce',
  });
  // tsx names functions through a helper the page does not have.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const results: ViewCounts[] = [];
  try {
    await page.goto(`${baseUrl}${query}`);
    // The live map starts on the first touch of the map, or 3 s after load: touch it.
    if (renderer !== 'picture') await page.locator('[data-map-state]').hover();
    for (const view of views) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, view);
      await settle(page, renderer === 'print' ? 'live' : renderer);
      if (renderer !== 'print') {
        results.push({ view: view || '(none)', ...(await page.evaluate(countInPage, renderer)) });
        continue;
      }
      // Print media: the picture is built for the map's print box and drawn in the canvas's place.
      await page.emulateMedia({ media: 'print' });
      await page.locator('.svg-map').waitFor();
      await settled(page);
      results.push({ view: view || '(none)', ...(await page.evaluate(countInPage, 'picture' as Drawn)) });
      await page.emulateMedia({ media: 'screen' });
    }
  } finally {
    await context.close();
  }
  return results;
}

function storyViews(): string[] {
  type Ids = { id: string }[];
  const story = JSON.parse(readFileSync(join(repoRoot, 'public/stories/karabakh-2020.json'), 'utf8')) as Record<
    'claims' | 'relations' | 'places' | 'regions',
    Ids
  >;
  const views = (kind: string, items: Ids) => items.map(({ id }) => `${kind}=${id}`);
  return [
    '',
    ...views('claim', story.claims),
    ...views('relation', story.relations),
    ...views('place', story.places),
    ...views('region', story.regions),
  ];
}

/** BENCH_LEGIBILITY_SIZES=phone,embed runs some sizes only. */
function chosenSizes(): SizeName[] {
  const wanted = process.env['BENCH_LEGIBILITY_SIZES']?.split(',');
  return (['phone', 'embed', 'desktop'] as const).filter((size) => !wanted || wanted.includes(size));
}

/** Print runs at A4 only; the screens at the sizes chosen. */
function sizesOf(renderer: Renderer): SizeName[] {
  return renderer === 'print' ? ['a4'] : chosenSizes();
}

const RENDERERS = ['live', 'picture', 'print'] as const;

/** BENCH_LEGIBILITY_RENDERERS=print runs some renderers only. */
function chosenRenderers(): Renderer[] {
  const wanted = process.env['BENCH_LEGIBILITY_RENDERERS']?.split(',');
  return RENDERERS.filter((renderer) => !wanted || wanted.includes(renderer));
}

export type LegibilityReport = Record<Renderer, Partial<Record<SizeName, ViewCounts[]>>>;

export async function legibility(baseUrl: string): Promise<LegibilityReport> {
  const views = storyViews();
  const report: LegibilityReport = { live: {}, picture: {}, print: {} };
  for (const renderer of chosenRenderers()) {
    const browser = renderer === 'picture' ? await launchBrowserWithoutWebGL() : await launchBrowser();
    try {
      for (const size of sizesOf(renderer))
        report[renderer][size] = await countViews(browser, baseUrl, renderer, size, views);
    } finally {
      await browser.close();
    }
  }
  return report;
}

export function summarise(report: LegibilityReport): string[] {
  const lines = [
    'renderer  size     views  overlaps  edge cuts  lit pins hidden  lit pins unlabelled  cards out of view',
  ];
  for (const renderer of chosenRenderers())
    for (const size of sizesOf(renderer)) {
      const views = report[renderer][size] ?? [];
      const sum = (pick: (view: ViewCounts) => number) => views.reduce((total, view) => total + pick(view), 0);
      lines.push(
        [
          renderer.padEnd(9),
          size.padEnd(8),
          String(views.length).padStart(5),
          String(sum((v) => v.overlaps.length)).padStart(9),
          String(sum((v) => v.edgeCuts.length)).padStart(10),
          String(sum((v) => v.hiddenLitPins.length)).padStart(16),
          String(sum((v) => v.unlabelledLitPins.length)).padStart(20),
          String(sum((v) => (v.cardOutOfView ? 1 : 0))).padStart(18),
        ].join(' '),
      );
    }
  return lines;
}

if (process.argv[1]?.endsWith('legibility.ts')) {
  const server = await startStaticServer(join(repoRoot, 'dist'));
  try {
    const report = await legibility(server.baseUrl);
    console.log(summarise(report).join('\n'));
    if (process.env['BENCH_VERBOSE'])
      for (const renderer of chosenRenderers())
        for (const size of sizesOf(renderer))
          for (const view of report[renderer][size] ?? [])
            if (
              view.overlaps.length + view.edgeCuts.length + view.hiddenLitPins.length + view.unlabelledLitPins.length >
                0 ||
              view.cardOutOfView
            )
              console.log(renderer, size, JSON.stringify(view));
  } finally {
    await server.close();
  }
}
