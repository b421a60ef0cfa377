// The area comparison (a fact check of the article's area figure): a region's areas computed from its outlines, beside the article's figure and published ones.
import { areaKm2, mi2ToKm2, percentDifference } from '../geometry/area';
import { regionFeature, type GeoData, type RegionFeature } from '../geometry/geoData';
import type { AreaFigure, Region, Story } from './model/schema';
import { outlineFeatureId } from './model/outlines';

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
  /** How far the baseline figure lies from this one, in per cent of this one (null on the baseline itself). */
  differencePct: number | null;
};

/** The figure every other row is measured against: the article's where it gives one, else the area on the map. */
export type AreaComparison = { rows: AreaRow[]; baseline: AreaRow | null };

function figureKm2(figure: AreaFigure): number {
  return figure.unit === 'km2' ? figure.value : mi2ToKm2(figure.value);
}

function computedRows(
  region: Region,
  geo: GeoData,
  drawnOutline: string | undefined,
): Omit<AreaRow, 'differencePct'>[] {
  return region.outlines.flatMap((outline) => {
    const feature = regionFeature(geo, outlineFeatureId(region, outline));
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
        label: `${outline.label}, as published (before clipping)`,
        km2: areaKm2(unclipped),
        drawnNow: false,
        provenance: { dataset: raw.dataset, scale: raw.scale, processing: raw.processing },
      },
    ];
  });
}

export function compareAreas(
  story: Story,
  geo: GeoData,
  region: Region,
  drawnOutline: string | undefined,
): AreaComparison {
  const published = story.areaFigures
    .filter((figure) => figure.region === region.id)
    .map((figure): Omit<AreaRow, 'differencePct'> => ({
      key: `figure-${figure.id}`,
      label: figure.label,
      km2: figureKm2(figure),
      kind: figure.kind,
      what: figure.what,
      sources: figure.sources,
    }));
  const rows = [...computedRows(region, geo, drawnOutline), ...published];
  const baseline = rows.find((row) => row.kind === 'article') ?? rows.find((row) => row.drawnNow) ?? null;
  return {
    rows: rows.map((row) => ({
      ...row,
      differencePct: baseline === null || row === baseline ? null : percentDifference(baseline.km2, row.km2),
    })),
    baseline: baseline ? { ...baseline, differencePct: null } : null,
  };
}
