// Label placement: pins, a camera and a screen in, where each label goes (or that it has no room) out.
import { describe, expect, test } from 'vitest';
import type { Place } from '../../story/model/schema';
import { fitBounds, project } from './mercator';
import { cameraPadding, FIT_MAX_ZOOM } from './padding';
import { controlRects } from './controls';
import { inside, intersects, placeLabels, type Measure, type PlacedLabel } from './labels';
import { groupText } from './labelCandidates';
import type { MapModel, ModelPin } from './mapModel';
import type { Emphasis } from './theme';

/** Every character 7 px wide: boxes are easy to reason about. */
const measure: Measure = (text) => text.length * 7;
/** A phone's 16-px labels: 9 px a character. */
const wide: Measure = (text) => text.length * 9;

function pin(
  id: string,
  coordinates: [number, number],
  kind: Place['kind'] = 'capital',
  emphasis: Emphasis = 'rest',
): ModelPin {
  const place: Place = {
    id,
    names: [{ name: id.charAt(0).toUpperCase() + id.slice(1), lang: 'en' }],
    kind,
    coordinates,
    sources: [],
  } as unknown as Place;
  return { place, name: place.names[0]?.name ?? id, emphasis, chosen: false };
}

function model(pins: ModelPin[]): MapModel {
  return { regions: [], lines: [], pins, contextLabels: [], active: pins.some((p) => p.emphasis !== 'rest') };
}

/** A camera that shows this box on a 400×300 screen with 20 px around it. */
function camera(bounds: [number, number, number, number], size = { width: 400, height: 300 }) {
  return { frame: fitBounds(bounds, size, { top: 20, bottom: 20, left: 20, right: 20 }), size };
}

/** The Moscow–Yerevan alliance chosen: Moscow and Yerevan lit, their Caucasus and Turkish neighbours dim. */
const moscowYerevan = (): ModelPin[] => [
  pin('moscow', [37.62, 55.76], 'capital', 'lit'),
  pin('yerevan', [44.52, 40.18], 'capital', 'lit'),
  pin('gyumri', [43.85, 40.79], 'military-base', 'dim'),
  pin('stepanakert', [46.75, 39.82], 'regional-capital', 'dim'),
  pin('baku', [49.88, 40.4], 'capital', 'dim'),
  pin('ankara', [32.86, 39.93], 'capital', 'dim'),
];

/** Placed as the app places them on a phone's map (360×370): framed for a selection, clear of the map's controls. */
function placeOnPhone(pins: ModelPin[], bounds: [number, number, number, number]) {
  const size = { width: 360, height: 370 };
  const frame = fitBounds(bounds, size, cameraPadding(size, true), FIT_MAX_ZOOM);
  const reserved = controlRects(size, true);
  return { ...placeLabels({ model: model(pins), frame, size, phone: true, measure: wide, reserved }), reserved };
}

const byKey = (labels: readonly PlacedLabel[]) => new Map(labels.map((label) => [label.key, label]));

describe('placeLabels', () => {
  test('a lone pin takes its label on the right', () => {
    const { labels } = placeLabels({
      model: model([pin('yerevan', [44.5, 40.2])]),
      ...camera([44, 40, 45, 40.4]),
      phone: false,
      measure,
    });
    expect(labels.map((label) => [label.key, label.side])).toEqual([['place:yerevan', 'right']]);
  });

  test('a pin at the right edge puts its label on the left, inside the map', () => {
    const { labels, labelledPins } = placeLabels({
      model: model([pin('west', [44, 40]), pin('baku', [49.87, 40.4])]),
      ...camera([44, 40, 49.87, 40.4]),
      phone: false,
      measure,
    });
    const baku = byKey(labels).get('place:baku');
    expect(baku?.side).toBe('left');
    for (const label of labels) expect(inside(label.box, { width: 400, height: 300 })).toBe(true);
    expect([...labelledPins].sort()).toEqual(['baku', 'west']);
  });

  test('two pins side by side: the second label goes elsewhere, and no two labels overlap', () => {
    const { labels } = placeLabels({
      model: model([pin('alpha', [44, 40]), pin('bravo', [44.6, 40])]),
      ...camera([43, 39, 47, 41]),
      phone: false,
      measure,
    });
    expect(labels).toHaveLength(2);
    const [a, b] = labels;
    expect(a && b && intersects(a.box, b.box)).toBe(false);
  });

  test('the selection is placed first: a lit place keeps the right side, the capital gives way', () => {
    const pins = [pin('capital', [44, 40]), pin('lit', [44.6, 40], 'regional-capital', 'lit')];
    const { labels } = placeLabels({ model: model(pins), ...camera([43, 39, 47, 41]), phone: false, measure });
    expect(labels[0]?.key).toBe('place:lit');
    expect(labels[0]?.side).toBe('right');
  });

  test('a label with no room is left out, and its pin is not counted as labelled', () => {
    // A narrow screen: one name fits, the second has nowhere to go.
    const pins = [pin('longname-one', [44, 40]), pin('longname-two', [44.02, 40.3])];
    const { labels, labelledPins } = placeLabels({
      model: model(pins),
      frame: { zoom: 7, ...centre([44.01, 40.15]) },
      size: { width: 120, height: 60 },
      phone: false,
      measure,
    });
    expect(labels.length).toBeLessThan(2);
    expect(labelledPins.size).toBe(labels.length);
  });

  test('labels keep out of the map controls', () => {
    const size = { width: 400, height: 300 };
    const free = placeLabels({
      model: model([pin('yerevan', [44.5, 40.2])]),
      ...camera([44, 40, 45, 40.4]),
      phone: false,
      measure,
    });
    const box = free.labels[0]?.box;
    expect(box).toBeDefined();
    const reserved = box ? [box] : [];
    const blocked = placeLabels({
      model: model([pin('yerevan', [44.5, 40.2])]),
      ...camera([44, 40, 45, 40.4]),
      phone: false,
      measure,
      reserved,
    });
    expect(blocked.labels[0]?.side).not.toBe('right');
    for (const label of blocked.labels) expect(reserved.some((rect) => intersects(rect, label.box))).toBe(false);
    expect(size.width).toBe(400);
  });

  test('far apart (Paris, Washington, Moscow), the Caucasus pins gather under one group label', () => {
    const pins = [
      pin('paris', [2.35, 48.86]),
      pin('washington', [-77.04, 38.9]),
      pin('moscow', [37.62, 55.75]),
      pin('yerevan', [44.51, 40.18], 'capital', 'lit'),
      pin('baku', [49.87, 40.41]),
      pin('stepanakert', [46.75, 39.82], 'regional-capital'),
      pin('gyumri', [43.85, 40.79], 'military-base'),
    ];
    const { labels, labelledPins } = placeLabels({
      model: model(pins),
      ...camera([-77.04, 38.9, 49.87, 55.75], { width: 1280, height: 800 }),
      phone: false,
      measure,
    });
    const groups = labels.filter((label) => label.kind === 'group');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.members?.[0]).toBe('yerevan');
    // Yerevan, Gyumri and Stepanakert sit within a few pixels of each other; Baku, 30 px off, may keep its own label.
    expect(groups[0]?.members?.slice().sort()).toEqual(['gyumri', 'stepanakert', 'yerevan']);
    expect([...labelledPins].filter((id) => id !== 'baku').sort()).toEqual(['moscow', 'paris', 'washington']);
    for (const [index, label] of labels.entries())
      for (const other of labels.slice(index + 1)) expect(intersects(label.box, other.box)).toBe(false);
  });

  test('on a phone, a lit pin hemmed in by dim neighbours still gets its label, off to a corner', () => {
    // Moscow–Yerevan framed on a phone's map (360×370): Gyumri sits 13 px up-left of Yerevan, Stepanakert 29 px to its
    // right. Right, left, above and below each cover a neighbour's dot; below-left is free.
    const pins = moscowYerevan();
    const size = { width: 360, height: 370 };
    const padding = { top: 37, bottom: 37, left: 37, right: 109 };
    const frame = fitBounds([37.62, 40.18, 44.52, 55.76], size, padding, FIT_MAX_ZOOM);
    const { labels, labelledPins } = placeLabels({ model: model(pins), frame, size, phone: true, measure: wide });
    expect(labelledPins.has('yerevan')).toBe(true);
    expect(labelledPins.has('moscow')).toBe(true);
    const dots = pins.map(({ place }) => {
      const [x, y] = project(frame, size, place.coordinates);
      return { id: place.id, rect: { x: x - 7, y: y - 7, width: 14, height: 14 } };
    });
    for (const [index, label] of labels.entries()) {
      expect(inside(label.box, size)).toBe(true);
      for (const other of labels.slice(index + 1)) expect(intersects(label.box, other.box)).toBe(false);
      for (const dot of dots)
        if (label.key !== `place:${dot.id}`)
          expect(intersects(label.box, dot.rect), `${label.key} on ${dot.id}`).toBe(false);
    }
  });

  test("on a phone, a selection's framing keeps its pins' labels clear of the credits at the map's foot", () => {
    // The same view as the app frames it, with the map's controls reserved: the pins at the foot of the selection
    // (Yerevan) still have room for a label above the credits line.
    const pins = moscowYerevan();
    const { labels, labelledPins, reserved } = placeOnPhone(pins, [37.62, 40.18, 44.52, 55.76]);
    expect([...labelledPins].sort()).toEqual(expect.arrayContaining(['moscow', 'yerevan']));
    for (const label of labels) expect(reserved.some((rect) => intersects(rect, label.box))).toBe(false);
  });

  test('among the selection, the pin with the least room is labelled first', () => {
    // The Minsk Group's co-chairs and the OSCE's seat on a phone: Vienna, 26 px from Paris, has few open sides. Placed
    // after Paris and Moscow, it found each taken; placed first, it leaves them room elsewhere.
    const pins = [
      pin('moscow', [37.62, 55.76], 'capital', 'lit'),
      pin('paris', [2.35, 48.86], 'capital', 'lit'),
      pin('washington', [-77.04, 38.91], 'capital', 'lit'),
      pin('vienna', [16.37, 48.21], 'organisation-seat', 'lit'),
      pin('yerevan', [44.52, 40.18], 'capital', 'dim'),
      pin('ankara', [32.86, 39.93], 'capital', 'dim'),
    ];
    const { labels, labelledPins } = placeOnPhone(pins, [-77.04, 38.91, 37.62, 55.76]);
    expect([...labelledPins].sort()).toEqual(expect.arrayContaining(['moscow', 'paris', 'vienna', 'washington']));
    for (const [index, label] of labels.entries())
      for (const other of labels.slice(index + 1)) expect(intersects(label.box, other.box)).toBe(false);
  });

  test('a knot is found whatever order its pins come in, and a pin above it at the same x stays out', () => {
    // Three pins about 15 px apart make one chain, listed out of order with a far pin between; "north" shares an x
    // with the chain but is far above it.
    const pins = [
      pin('east', [33, 40]),
      pin('far', [45, 40]),
      pin('north', [31.5, 52]),
      pin('middle', [31.5, 40]),
      pin('west', [30, 40]),
    ];
    const { labels } = placeLabels({
      model: model(pins),
      ...camera([-77.04, 38.9, 49.87, 55.75], { width: 1280, height: 800 }),
      phone: false,
      measure,
    });
    const groups = labels.filter((label) => label.kind === 'group');
    expect(groups.map((group) => group.members?.slice().sort())).toEqual([['east', 'middle', 'west']]);
  });
});

describe('groupText', () => {
  test('names a few places in full, many by the first two and a count', () => {
    expect(groupText(['Yerevan', 'Baku', 'Gyumri'])).toBe('Yerevan, Baku, Gyumri');
    expect(groupText(['Yerevan', 'Baku', 'Stepanakert / Khankendi', 'Gyumri'])).toBe('Yerevan, Baku +2');
  });
});

function centre(lngLat: [number, number]) {
  const frame = fitBounds(
    [lngLat[0], lngLat[1], lngLat[0], lngLat[1]],
    { width: 1, height: 1 },
    { top: 0, bottom: 0, left: 0, right: 0 },
    0,
  );
  return { centerX: frame.centerX, centerY: frame.centerY };
}

describe('region names', () => {
  /** A region drawn over `bounds`, its name at its middle. */
  function region(name: string, bounds: [number, number, number, number]): MapModel['regions'][number] {
    const [west, south, east, north] = bounds;
    return {
      name,
      bounds,
      labelAt: [(west + east) / 2, (south + north) / 2],
      emphasis: 'rest',
      disputed: false,
      featureId: name,
    } as unknown as MapModel['regions'][number];
  }

  test('a region as wide on screen as its name is named, at any zoom; a narrower one is not', () => {
    const regions = [region('wide', [90, 0, 120, 20]), region('narrowland', [118, 18, 118.5, 18.5])];
    const { labels } = placeLabels({
      model: { ...model([]), regions },
      ...camera([85, -5, 125, 25]),
      phone: false,
      measure,
    });
    expect(labels.map((label) => label.text)).toEqual(['WIDE']);
  });
});
