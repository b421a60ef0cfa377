// The story's map as plain shapes in Web Mercator: one picture for the build-time SVG, the no-WebGL map and downloads.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Bounds } from '../../geometry/bounds';
import type { Selection } from '../../story/selection';
import { placeLabels, type LabelKind, type PlacedLabel, type Placement } from '../model/labels';
import { buildMapModel, type MapModel, type MapModelInput } from '../model/mapModel';
import { PALETTE, regionFill } from '../model/palette';
import { RELATION_STATUS_STYLES, RELATION_STYLES } from '../model/relationStyles';
import { THEME } from '../model/theme';
import { worldPoint } from '../model/mercator';

/** Scene units are world pixels at this zoom: close to the first view's zoom, so strokes and text look as on the map. */
export const SCENE_ZOOM = 6;
const SCALE = 2 ** SCENE_ZOOM;

export type SvgAttributes = Record<string, string | number>;
export type SceneNode = {
  tag: 'g' | 'path' | 'circle' | 'rect' | 'text';
  attributes: SvgAttributes;
  text?: string;
  children?: SceneNode[];
  /** What picking this shape selects, and its accessible name. */
  select?: { selection: NonNullable<Selection>; name: string };
  /** Only in the interactive picture (e.g. wide invisible hit lines). */
  interactiveOnly?: boolean;
  /** Names the node among its siblings where their number changes with the framing (labels come and go), so that the
   * interactive picture keeps its elements, the build's first view among them, instead of drawing them again. */
  key?: string;
};
export type Scene = {
  viewBox: [x: number, y: number, width: number, height: number];
  nodes: SceneNode[];
  /** Scene units per screen pixel the marks were sized for (SceneInput.unitsPerPixel). */
  unitsPerPixel: number;
};

/** What the map model is built from, and the frame and screen the picture is drawn for. */
export type SceneInput = MapModelInput & {
  frame: Bounds;
  /** Scene units per screen pixel where the picture is shown: marks (pins, labels, strokes) keep their size in pixels at
   * any zoom, as MapLibre's do. 1 at SCENE_ZOOM; the build-time picture, whose screen is unknown, uses 1. */
  unitsPerPixel?: number;
  /** The labels placed for the screen the picture is shown on (../model/labels.ts); without it, for the frame itself. */
  placement?: Placement;
  /** The map model, when the caller has it already. */
  model?: MapModel;
};

/** Scene units per pixel for a picture shown at this zoom. */
export function unitsPerPixelAt(zoom: number): number {
  return 2 ** (SCENE_ZOOM - zoom);
}

const round = (value: number): number => Math.round(value * 10) / 10;
/** A size in screen pixels, in scene units. */
type Px = (pixels: number) => number;

export function scenePoint(lngLat: readonly [number, number]): [number, number] {
  const [x, y] = worldPoint(lngLat);
  return [round(x * SCALE), round(y * SCALE)];
}

// Relative steps between the rounded points, repeats dropped: each step is exact to the 0.1 unit, so nothing drifts, and
// the path takes about half the bytes of absolute coordinates (the first view's picture is in the page's HTML).
function linePath(positions: readonly Position[], close: boolean): string {
  const steps: string[] = [];
  let start = '';
  let previous: [number, number] | null = null;
  for (const [lng = 0, lat = 0] of positions) {
    const [x, y] = scenePoint([lng, lat]);
    if (previous === null) start = `M${x},${y}`;
    else {
      const dx = round(x - previous[0]);
      const dy = round(y - previous[1]);
      if (dx === 0 && dy === 0) continue;
      steps.push(`${dx},${dy}`);
    }
    previous = [x, y];
  }
  if (start === '') return '';
  return `${start}${steps.length > 0 ? `l${steps.join(' ')}` : ''}${close ? 'Z' : ''}`;
}

// A geometry's path is the same for every framing and selection (scene units are fixed): each is made once. The
// basemap's were most of a selection's redraw.
const paths = new WeakMap<Geometry, string>();

export function geometryPath(geometry: Geometry): string {
  let path = paths.get(geometry);
  if (path === undefined) {
    path = pathOf(geometry);
    paths.set(geometry, path);
  }
  return path;
}

function pathOf(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => linePath(ring, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => linePath(ring, true))).join('');
    case 'LineString':
      return linePath(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((line) => linePath(line, false)).join('');
    default:
      return '';
  }
}

function contextNodes(context: FeatureCollection, px: Px): SceneNode[] {
  return context.features.flatMap((feature: Feature): SceneNode[] => {
    const layer: unknown = feature.properties?.['layer'];
    const d = geometryPath(feature.geometry);
    if (d === '') return [];
    if (layer === 'borders')
      return [
        {
          tag: 'path',
          attributes: { d, fill: 'none', stroke: PALETTE.border, strokeWidth: px(THEME.context.borderWidth) },
        },
      ];
    return [{ tag: 'path', attributes: { d, fill: PALETTE.land } }];
  });
}

function regionNodes(model: MapModel, px: Px): SceneNode[] {
  return model.regions.map((drawn): SceneNode => {
    const { region, disputed, emphasis } = drawn;
    const style = disputed ? THEME.disputed : THEME.country;
    const outlineWidth = px(style.outlineWidth[emphasis]);
    const [dash, gap] = THEME.disputed.outlineDash;
    const attributes: SvgAttributes = {
      d: geometryPath(drawn.feature.geometry),
      fill: disputed ? THEME.disputed.fill : regionFill(region),
      fillOpacity: style.fillOpacity[emphasis],
      stroke: style.outline,
      strokeOpacity: style.outlineOpacity,
      strokeWidth: outlineWidth,
      strokeLinejoin: 'round',
      ...(disputed ? { strokeDasharray: `${round(dash * outlineWidth)},${round(gap * outlineWidth)}` } : {}),
      'data-svg-region': region.id,
    };
    return {
      tag: 'path',
      attributes,
      select: { selection: { kind: 'region', id: region.id }, name: `${drawn.name} (region)` },
    };
  });
}

function relationNodes(model: MapModel, px: Px): SceneNode[] {
  return model.lines.map(({ line, emphasis }): SceneNode => {
    const { type, status, id, label } = line.properties;
    const style = RELATION_STYLES[type];
    const look = RELATION_STATUS_STYLES[status];
    // As on the MapLibre layers (../layers.ts): the selection sets the width, the status scales it and the opacity.
    const selected = style.width * THEME.relation.widthFactor[emphasis];
    const width = px(selected * look.widthScale);
    const opacity = THEME.relation.opacity[emphasis];
    const d = geometryPath(line.geometry);
    const casing: SceneNode[] = look.casing
      ? [
          {
            tag: 'path',
            attributes: {
              d,
              fill: 'none',
              stroke: look.casing.color,
              strokeWidth: px(selected + look.casing.extraWidth),
              strokeOpacity: opacity,
              strokeLinejoin: 'round',
              'data-svg-casing': status,
            },
          },
        ]
      : [];
    return {
      tag: 'g',
      attributes: { 'data-svg-relation': id, 'data-svg-status': status },
      select: {
        selection: { kind: 'relation', id },
        name: `${label} (line${status === 'active' ? '' : `, ${status}`})`,
      },
      children: [
        ...casing,
        {
          tag: 'path',
          attributes: {
            d,
            fill: 'none',
            stroke: look.color ?? style.color,
            strokeWidth: width,
            strokeOpacity: round(opacity * look.opacity * 100) / 100,
            strokeLinejoin: 'round',
            ...(style.dash ? { strokeDasharray: style.dash.map((step) => round(step * width)).join(',') } : {}),
          },
        },
        // A finger can hit a 3-px line through its invisible twin, as wide as the live map's at any scale.
        {
          tag: 'path',
          attributes: { d, fill: 'none', ...HIT_STROKE, strokeWidth: px(THEME.relation.hitWidth) },
          interactiveOnly: true,
        },
      ],
    };
  });
}

// Text as attributes, not CSS: the downloaded SVG has no stylesheet, and the page's policy allows no inline styles.
const haloText = (px: Px): SvgAttributes => ({
  fontFamily: THEME.label.font,
  stroke: THEME.label.halo,
  strokeWidth: px(THEME.label.haloWidth),
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
});

const LABEL_COLOUR: Record<LabelKind, string> = {
  pin: THEME.label.pin.colour.rest,
  group: THEME.label.group.colour,
  region: THEME.label.region.colour,
  disputed: THEME.label.disputed.colour,
  country: THEME.label.country.colour,
  sea: THEME.label.sea.colour,
};

/** A placed label as text: its box is in screen pixels from its anchor, the scene is in its own units. */
function labelNode(label: PlacedLabel, px: Px): SceneNode {
  const [ax, ay] = scenePoint(label.at);
  const { box, font } = label;
  const [dx, dy] = label.offset;
  const pinLike = label.kind === 'pin' || label.kind === 'group';
  const inset = THEME.label.margin + (pinLike ? THEME.label.pin.padX : 0);
  // The text's baseline sits a third of its size below the box's middle, which centres system-ui's capitals.
  const baseline = dy + box.height / 2 + font.size * 0.35;
  const colour = pinLike ? THEME.label.pin.colour[label.emphasis] : LABEL_COLOUR[label.kind];
  return {
    tag: 'text',
    key: `label:${label.key}`,
    attributes: {
      x: round(ax + px(pinLike ? dx + inset : dx + box.width / 2)),
      y: round(ay + px(baseline)),
      ...haloText(px),
      fontSize: px(font.size),
      ...(font.letterSpacing ? { letterSpacing: px(font.letterSpacing) } : {}),
      ...(font.italic ? { fontStyle: 'italic' } : {}),
      fontWeight: font.weight,
      fill: colour,
      ...(pinLike ? {} : { textAnchor: 'middle', class: 'svg-map__name' }),
      'data-svg-label': label.key,
    },
    text: label.text,
  };
}

// Hit areas are invisible, sized in screen pixels like every mark, so they do not shrink with the picture on a phone.
const HIT_STROKE: SvgAttributes = { stroke: '#000', strokeOpacity: 0 };

function pinNodes(model: MapModel, labels: ReadonlyMap<string, PlacedLabel>, px: Px): SceneNode[] {
  const { pin } = THEME;
  return model.pins.map(({ place, name, emphasis }): SceneNode => {
    const [x, y] = scenePoint(place.coordinates);
    const colours = pin.colours[place.kind];
    const fillOpacity = emphasis === 'dim' ? pin.dimOpacity : 1;
    const label = labels.get(`place:${place.id}`);
    return {
      tag: 'g',
      key: `place:${place.id}`,
      attributes: {
        'data-svg-place': place.id,
        class: `svg-map__pin${emphasis === 'lit' ? ' svg-map__pin--lit' : ''}${emphasis === 'dim' ? ' svg-map__pin--dim' : ''}`,
      },
      select: { selection: { kind: 'place', id: place.id }, name: `${name} (place)` },
      children: [
        place.kind === 'military-base'
          ? {
              tag: 'rect',
              attributes: {
                x: x - px(pin.squareHalf),
                y: y - px(pin.squareHalf),
                width: px(pin.squareHalf * 2),
                height: px(pin.squareHalf * 2),
                rx: px(pin.squareCorner),
                fill: colours.fill,
                stroke: colours.stroke,
                strokeWidth: px(pin.squareRing),
                fillOpacity,
              },
            }
          : {
              tag: 'circle',
              attributes: {
                cx: x,
                cy: y,
                r: px(pin.radius),
                fill: colours.fill,
                stroke: colours.stroke,
                strokeWidth: px(pin.ring),
                fillOpacity,
              },
            },
        ...(label ? [labelNode(label, px)] : []),
        // A 44-px disc for a finger (WCAG 2.5.5), whatever the picture's scale.
        {
          tag: 'circle',
          attributes: { cx: x, cy: y, r: px(pin.hitRadius), fill: '#000', fillOpacity: 0 },
          interactiveOnly: true,
          key: 'hit',
        },
      ],
    };
  });
}

/** The frame box in scene units: the SVG's viewBox, fitted to its padded box as MapLibre's fitBounds does. */
export function frameBox([west, south, east, north]: Bounds): Scene['viewBox'] {
  const [x0, y0] = scenePoint([west, north]);
  const [x1, y1] = scenePoint([east, south]);
  return [x0, y0, round(x1 - x0), round(y1 - y0)];
}

export function buildScene(input: SceneInput): Scene {
  const unitsPerPixel = input.unitsPerPixel ?? 1;
  const px: Px = (pixels) => round(pixels * unitsPerPixel);
  const model = input.model ?? buildMapModel(input);
  const placement = input.placement ?? naturalPlacement(model, input.frame);
  const labels = new Map(placement.labels.map((label) => [label.key, label]));
  const names = placement.labels.filter((label) => label.kind !== 'pin');
  return {
    viewBox: frameBox(input.frame),
    unitsPerPixel,
    nodes: [
      ...contextNodes(input.geo.context, px),
      ...regionNodes(model, px),
      ...relationNodes(model, px),
      ...names.filter((label) => label.kind !== 'group').map((label) => labelNode(label, px)),
      ...pinNodes(model, labels, px),
      ...names.filter((label) => label.kind === 'group').map((label) => labelNode(label, px)),
    ],
  };
}

/** Without a screen (the build-time picture), labels are placed for the frame shown at the scene's own scale. */
function naturalPlacement(model: MapModel, frame: Bounds): Placement {
  const [x, y, width, height] = frameBox(frame);
  const size = { width, height };
  return placeLabels({
    model,
    frame: { zoom: SCENE_ZOOM, centerX: (x + width / 2) / SCALE, centerY: (y + height / 2) / SCALE },
    size,
    phone: false,
  });
}

/** The scene box a camera shows in a container of this size (MapLibre's zoom counts 512-px worlds, as the scene does). */
export function viewBoxFor(
  frame: { zoom: number; centerX: number; centerY: number },
  size: { width: number; height: number },
): Scene['viewBox'] {
  const unitsPerPixel = 2 ** (SCENE_ZOOM - frame.zoom);
  const width = size.width * unitsPerPixel;
  const height = size.height * unitsPerPixel;
  return [frame.centerX * SCALE - width / 2, frame.centerY * SCALE - height / 2, width, height];
}
