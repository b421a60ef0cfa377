// Region and context names on the map, as HTML (no glyph server needed); the panel's lists carry them for screen readers.
import { Marker } from '@vis.gl/react-maplibre';
import { useMemo } from 'react';
import { regionFeature, type GeoData } from '../geometry/geoData';
import { labelPoint } from '../geometry/labelPoint';
import { regionName } from '../story/model/names';
import type { Story } from '../story/model/schema';
import { CONTEXT_LABELS } from './contextLabels';

type Props = { story: Story; geo: GeoData; drawnFeatures: readonly string[] };

export function MapLabels({ story, geo, drawnFeatures }: Props) {
  const regionLabels = useMemo(
    () =>
      drawnFeatures.flatMap((featureId) => {
        const feature = regionFeature(geo, featureId);
        const region = story.regions.find((candidate) => candidate.id === feature?.properties.region);
        if (!feature || !region) return [];
        return [
          {
            key: featureId,
            name: regionName(region),
            kind: region.kind,
            at: region.labelAt ?? labelPoint(feature.geometry),
          },
        ];
      }),
    [story, geo, drawnFeatures],
  );
  return (
    <>
      {CONTEXT_LABELS.map((label) => (
        <Marker
          key={label.name}
          longitude={label.coordinates[0]}
          latitude={label.coordinates[1]}
          style={{ pointerEvents: 'none' }}
        >
          <span className={`map-label map-label--${label.kind}`} aria-hidden="true">
            {label.name}
          </span>
        </Marker>
      ))}
      {regionLabels.map((label) => (
        <Marker
          key={label.key}
          longitude={label.at[0]}
          latitude={label.at[1]}
          anchor="top"
          style={{ pointerEvents: 'none' }}
        >
          <span className={`map-label map-label--${label.kind}`} aria-hidden="true">
            {label.name}
          </span>
        </Marker>
      ))}
    </>
  );
}
