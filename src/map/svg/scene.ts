// The story's map as plain shapes in Web Mercator: one picture for the build-time SVG, the no-WebGL map and downloads.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Bounds } from '../../geometry/bounds';
import type { RelationLine } from '../../geometry/relationLines';
import { regionFeature, type GeoData } from '../../geometry/geoData';
import { labelPoint } from '../../geometry/labelPoint';
import { displayName, regionName } from '../../story/model/names';
import type { Elements, Story } from '../../story/model/schema';
import type { Selection } from '../../story/selection';
import { PALETTE, REGION_FILL } from '../palette';
import { CONTEXT_LABELS } from '../contextLabels';
import { RELATION_STATUS_STYLES, RELATION_STYLES } from '../relationStyles';
import { worldPoint } from './mercator';

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
};
export type Scene = {
  viewBox: [x: number, y: number, width: number, height: number];
  nodes: SceneNode[];
  /** Scene units per screen pixel the marks were sized for (SceneInput.unitsPerPixel). */
  unitsPerPixel: number;
};

export type SceneInput = {
  story: Story;
  geo: GeoData;
  lines: readonly RelationLine[];
  drawn: { countries: readonly string[]; disputed: readonly string[] };
  highlighted: Elements;
  active: boolean;
  frame: Bounds;
  /** Scene units per screen pixel where the picture is shown: marks (pins, labels, strokes) keep their size in pixels at
   * any zoom, as MapLibre's do. 1 at SCENE_ZOOM; the build-time picture, whose screen is unknown, uses 1. */
  unitsPerPixel?: number;
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

function linePath(positions: readonly Position[], close: boolean): string {
  const points = positions.map(([lng = 0, lat = 0]) => scenePoint([lng, lat]).join(','));
  return points.length === 0 ? '' : `M${points.join('L')}${close ? 'Z' : ''}`;
}

function geometryPath(geometry: Geometry): string {
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

// The same emphasis rules as the MapLibre layers (./layers.ts): lit when named, dimmed when something else is selected.
function emphasis(input: SceneInput, lit: boolean, on: number, dim: number, rest: number): number {
  if (!input.active) return rest;
  return lit ? on : dim;
}

function contextNodes(context: FeatureCollection, px: Px): SceneNode[] {
  return context.features.flatMap((feature: Feature): SceneNode[] => {
    const layer: unknown = feature.properties?.['layer'];
    const d = geometryPath(feature.geometry);
    if (d === '') return [];
    if (layer === 'borders')
      return [{ tag: 'path', attributes: { d, fill: 'none', stroke: PALETTE.border, strokeWidth: px(0.8) } }];
    return [{ tag: 'path', attributes: { d, fill: PALETTE.land } }];
  });
}

function regionNodes(input: SceneInput, px: Px): SceneNode[] {
  const { story, geo, drawn } = input;
  const drawnIds = [...drawn.countries, ...drawn.disputed];
  return drawnIds.flatMap((featureId): SceneNode[] => {
    const feature = regionFeature(geo, featureId);
    const region = story.regions.find((candidate) => candidate.id === feature?.properties.region);
    if (!feature || !region) return [];
    const lit = input.highlighted.regions.includes(region.id);
    const disputed = drawn.disputed.includes(featureId);
    const outlineWidth = px(disputed ? emphasis(input, lit, 3, 1, 1.6) : emphasis(input, lit, 2.5, 0.6, 1));
    const attributes: SvgAttributes = {
      d: geometryPath(feature.geometry),
      fill: disputed ? PALETTE.disputed : (REGION_FILL[region.id] ?? PALETTE.land),
      fillOpacity: disputed ? emphasis(input, lit, 0.85, 0.3, 0.7) : emphasis(input, lit, 0.9, 0.3, 0.75),
      stroke: disputed ? PALETTE.highlight : PALETTE.outline,
      strokeOpacity: disputed ? 1 : 0.8,
      strokeWidth: outlineWidth,
      strokeLinejoin: 'round',
      ...(disputed ? { strokeDasharray: `${round(2 * outlineWidth)},${round(outlineWidth)}` } : {}),
      'data-svg-region': region.id,
    };
    return [
      {
        tag: 'path',
        attributes,
        select: { selection: { kind: 'region', id: region.id }, name: `${regionName(region)} (region)` },
      },
    ];
  });
}

function relationNodes(input: SceneInput, px: Px): SceneNode[] {
  return input.lines.map((line): SceneNode => {
    const { type, status, id, label } = line.properties;
    const style = RELATION_STYLES[type];
    const look = RELATION_STATUS_STYLES[status];
    const lit = input.highlighted.relations.includes(id);
    // As on the MapLibre layers (../layers.ts): the selection sets the width, the status scales it and the opacity.
    const selected = input.active ? (lit ? style.width * 1.6 : style.width * 0.7) : style.width;
    const width = px(selected * look.widthScale);
    const opacity = emphasis(input, lit, 1, 0.18, 0.85);
    const d = geometryPath(line.geometry);
    const dashed = style.dash.length > 1 && style.dash[1] !== 0;
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
            ...(dashed ? { strokeDasharray: style.dash.map((step) => round(step * width)).join(',') } : {}),
          },
        },
        // A finger can hit a 3-px line through its invisible twin, 24 screen pixels wide at any scale.
        { tag: 'path', attributes: { d, fill: 'none', ...HIT_STROKE, strokeWidth: px(24) }, interactiveOnly: true },
      ],
    };
  });
}

function labelNodes(input: SceneInput, px: Px): SceneNode[] {
  const { story, geo, drawn } = input;
  return [...drawn.countries, ...drawn.disputed].flatMap((featureId): SceneNode[] => {
    const feature = regionFeature(geo, featureId);
    const region = story.regions.find((candidate) => candidate.id === feature?.properties.region);
    if (!feature || !region) return [];
    const [x, y] = scenePoint(region.labelAt ?? labelPoint(feature.geometry));
    return [
      {
        tag: 'text',
        attributes: {
          x,
          y: y + px(26),
          class: 'svg-map__name',
          ...labelText(px),
          fontSize: px(12),
          letterSpacing: px(1.4),
          fontWeight: region.kind === 'country' ? 600 : 700,
          fill: region.kind === 'country' ? '#4b463e' : '#3b0d05',
          textAnchor: 'middle',
        },
        text: regionName(region).toUpperCase(),
      },
    ];
  });
}

// Text as attributes, not CSS: the downloaded SVG has no stylesheet, and the page's policy allows no inline styles.
const labelText = (px: Px): SvgAttributes => ({
  fontFamily: 'system-ui, sans-serif',
  stroke: '#fffdf9',
  strokeWidth: px(3),
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
});

// Neighbours and seas for bearings; like the map's, their names give way on small maps (see svgMap.css).
function contextLabelNodes(px: Px): SceneNode[] {
  return CONTEXT_LABELS.map((label): SceneNode => {
    const [x, y] = scenePoint(label.coordinates);
    const sea = label.kind === 'sea';
    const attributes: SvgAttributes = sea
      ? {
          x,
          y: y + px(4),
          class: 'svg-map__name',
          ...labelText(px),
          fontSize: px(12),
          fontStyle: 'italic',
          fill: '#4a6478',
          textAnchor: 'middle',
        }
      : {
          x,
          y: y + px(4),
          class: 'svg-map__name',
          ...labelText(px),
          fontSize: px(12),
          letterSpacing: px(1.4),
          fontWeight: 600,
          fill: '#4b463e',
          textAnchor: 'middle',
        };
    return { tag: 'text', attributes, text: sea ? label.name : label.name.toUpperCase() };
  });
}

// Hit areas are invisible, sized in screen pixels like every mark, so they do not shrink with the picture on a phone.
const HIT_STROKE: SvgAttributes = { stroke: '#000', strokeOpacity: 0 };

const PIN_FILL: Record<string, { fill: string; stroke: string }> = {
  capital: { fill: PALETTE.highlight, stroke: '#fff' },
  'military-base': { fill: '#7f1d1d', stroke: '#fff' },
  'organisation-seat': { fill: '#475569', stroke: '#fff' },
};

function pinNodes(input: SceneInput, px: Px): SceneNode[] {
  return input.story.places.map((place): SceneNode => {
    const [x, y] = scenePoint(place.coordinates);
    const name = displayName(place);
    const lit = input.highlighted.places.includes(place.id);
    const colours = PIN_FILL[place.kind] ?? { fill: '#fff', stroke: PALETTE.highlight };
    const dim = input.active && !lit;
    return {
      tag: 'g',
      attributes: {
        'data-svg-place': place.id,
        class: `svg-map__pin${lit ? ' svg-map__pin--lit' : ''}${dim ? ' svg-map__pin--dim' : ''}`,
      },
      select: { selection: { kind: 'place', id: place.id }, name: `${name} (place)` },
      children: [
        place.kind === 'military-base'
          ? {
              tag: 'rect',
              attributes: {
                x: x - px(6),
                y: y - px(6),
                width: px(12),
                height: px(12),
                rx: px(2),
                fill: colours.fill,
                stroke: colours.stroke,
                strokeWidth: px(2),
                fillOpacity: dim ? 0.4 : 1,
              },
            }
          : {
              tag: 'circle',
              attributes: {
                cx: x,
                cy: y,
                r: px(5.5),
                fill: colours.fill,
                stroke: colours.stroke,
                strokeWidth: px(3),
                fillOpacity: dim ? 0.4 : 1,
              },
            },
        {
          tag: 'text',
          attributes: {
            x: x + px(11),
            y: y + px(4.5),
            ...labelText(px),
            fontSize: px(13),
            fontWeight: dim ? 500 : 600,
            fill: dim ? '#55514a' : PALETTE.highlight,
          },
          text: name,
        },
        // A 44-px disc for a finger (WCAG 2.5.5), whatever the picture's scale.
        { tag: 'circle', attributes: { cx: x, cy: y, r: px(22), fill: '#000', fillOpacity: 0 }, interactiveOnly: true },
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
  return {
    viewBox: frameBox(input.frame),
    unitsPerPixel,
    nodes: [
      ...contextNodes(input.geo.context, px),
      ...regionNodes(input, px),
      ...relationNodes(input, px),
      ...contextLabelNodes(px),
      ...labelNodes(input, px),
      ...pinNodes(input, px),
    ],
  };
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
