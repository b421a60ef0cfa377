// The first view as HTML, made at build time: the map picture and the claims, readable before (or without) any script.
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { relationLines } from '../geometry/relationLines';
import type { GeoData } from '../geometry/geoData';
import { DEFAULT_BOUNDS } from '../map/model/focus';
import { buildScene } from '../map/svg/scene';
import { sceneToSvg } from '../map/svg/svgString';
import { NO_ELEMENTS } from '../story/claimLinks';
import { storyOn } from '../time/validity';
import type { Story } from '../story/model/schema';
import { formatDate } from '../ui/format';
import { PANEL_INTRO } from '../panels/intro';
import { STATIC_SHELL_ID } from './shellIds';

const MAP_PICTURE_TITLE = 'Map of Armenia, Azerbaijan and Nagorno-Karabakh with the places and ties the article names';
// The widest screens see this far beyond the story's box; the basemap is cut there to keep the page small.
const CONTEXT_MARGIN_DEGREES = { lng: 14, lat: 8 };

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function clipContext(context: FeatureCollection): FeatureCollection {
  const [west, south, east, north] = DEFAULT_BOUNDS;
  const box: [number, number, number, number] = [
    west - CONTEXT_MARGIN_DEGREES.lng,
    south - CONTEXT_MARGIN_DEGREES.lat,
    east + CONTEXT_MARGIN_DEGREES.lng,
    north + CONTEXT_MARGIN_DEGREES.lat,
  ];
  const features = context.features.flatMap((feature): Feature[] => {
    const { geometry } = feature;
    if (!['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'].includes(geometry.type)) return [];
    const clipped = bboxClip(feature as Feature<Polygon | MultiPolygon | LineString | MultiLineString>, box);
    return [{ ...clipped, properties: feature.properties }];
  });
  return { type: 'FeatureCollection', features };
}

/** The story's default view as an SVG element (presentation attributes only: the page's policy allows no inline styles). */
function staticMapSvg(story: Story, geo: GeoData): string {
  // The first view is the article's day, as the app's default date.
  const drawn = storyOn(story, story.article.eventDate);
  const scene = buildScene({
    story,
    geo: { ...geo, context: clipContext(geo.context) },
    lines: relationLines(drawn.relations, story.places).features,
    drawn,
    highlighted: NO_ELEMENTS,
    active: false,
    frame: DEFAULT_BOUNDS,
  });
  return sceneToSvg(
    scene,
    { class: 'svg-map__svg', preserveAspectRatio: 'xMidYMid meet', role: 'img', 'aria-label': MAP_PICTURE_TITLE },
    MAP_PICTURE_TITLE,
  );
}

export function staticShellHtml(story: Story, geo: GeoData): string {
  const claims = story.claims
    .map(
      (claim) =>
        `<li class="claim-item static-shell__claim"><span class="claim-item__parts">${escapeHtml(claim.parts.join(', '))}</span> ${escapeHtml(claim.text)}</li>`,
    )
    .join('');
  const { article } = story;
  // The same header as the panel's (src/panels/Panel.tsx): the largest text painted first is not replaced by a larger one.
  return [
    `<div id="${STATIC_SHELL_ID}" class="static-shell"><main class="app">`,
    `<h1 class="visually-hidden">Conflict map: ${escapeHtml(article.title)}</h1>`,
    `<section class="map" aria-label="Map of the story"><div class="svg-map">${staticMapSvg(story, geo)}</div></section>`,
    `<aside class="panel" aria-label="Story and claims"><div class="panel__body"><header class="panel__header">`,
    `<p class="panel__kicker">${escapeHtml(`${article.outlet} · ${formatDate(article.published)} · ${article.author}`)}</p>`,
    `<h2>${escapeHtml(article.title)}</h2>`,
    `<p class="panel__intro">${escapeHtml(PANEL_INTRO)}</p></header>`,
    `<section class="claim-list"><h3>The article’s claims</h3><ol>${claims}</ol></section>`,
    `<p class="credits">Outlines: Made with Natural Earth (public domain), countries via the world-atlas package.</p>`,
    `</div></aside></main></div>`,
  ].join('');
}
