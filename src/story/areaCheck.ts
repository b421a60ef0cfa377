// The area fact check: a region's areas computed from its outlines, beside the article's figure and published ones.
import { areaKm2, mi2ToKm2, percentDifference } from '../geo/area';
import { regionFeature, type GeoData, type RegionFeature } from '../geo/geoData';
import type { AreaFigure, Region, Story } from './schema';

export type AreaRow = {
  key: string;
  label: string;
  km2: number;
  kind: 'computed' | 'article' | 'reference';
  /** For computed rows: the outline it measures, and whether the map draws it now. */
  outline?: string;
  drawnNow?: boolean;
  provenance?: Pick<RegionFeature['properties'], 'dataset' | 'scale' | 'processing'>;
  what?: string;
  sources: string[];
  /** How far the article's figure lies from this one, in per cent of this one. */
  articleDifferencePct: number | null;
};

function figureKm2(figure: AreaFigure): number {
  return figure.unit === 'km2' ? figure.value : mi2ToKm2(figure.value);
}

function computedRows(region: Region, geo: GeoData, drawnOutline: string | undefined): Omit<AreaRow, 'articleDifferencePct'>[] {
  return region.outlines.flatMap((outline) => {
    const feature = regionFeature(geo, outline.feature);
    if (!feature) return [];
    const { dataset, scale, processing } = feature.properties;
    const row = {
      key: `computed-${outline.id}`,
      label: outline.label,
      km2: areaKm2(feature),
      kind: 'computed' as const,
      outline: outline.id,
      drawnNow: outline.id === drawnOutline,
      provenance: { dataset, scale, processing },
      what: outline.description,
      sources: outline.sources,
    };
    const unclipped = feature.properties.unclipped ? regionFeature(geo, feature.properties.unclipped) : undefined;
    if (!unclipped) return [row];
    const raw = unclipped.properties;
    return [
      row,
      {
        ...row,
        key: `computed-${outline.id}-unclipped`,
        label: `${outline.label}, before clipping to Azerbaijan`,
        km2: areaKm2(unclipped),
        drawnNow: false,
        provenance: { dataset: raw.dataset, scale: raw.scale, processing: raw.processing },
      },
    ];
  });
}

export function areaRows(story: Story, geo: GeoData, region: Region, drawnOutline: string | undefined): AreaRow[] {
  const figures = story.areaFigures.filter((figure) => figure.region === region.id);
  const article = figures.find((figure) => figure.kind === 'article');
  const articleKm2 = article ? figureKm2(article) : null;
  const published = figures.map((figure) => ({
    key: `figure-${figure.id}`,
    label: figure.label,
    km2: figureKm2(figure),
    kind: figure.kind,
    what: figure.what,
    sources: figure.sources,
  }));
  return [...computedRows(region, geo, drawnOutline), ...published].map((row) => ({
    ...row,
    articleDifferencePct: articleKm2 === null || row.kind === 'article' ? null : percentDifference(articleKm2, row.km2),
  }));
}
