// Lights and dims the live map's regions and lines through MapLibre's feature state, as the map model says. The layers
// stay the same for every selection, so a pick changes a few states instead of making MapLibre tile its sources again.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import { afterNextPaint } from '../ui/afterNextPaint';
import { EMPHASIS_STATE, featureEmphasis } from './layers';
import type { MapModel } from './model/mapModel';
import type { Emphasis } from './model/theme';

/** Sets each drawn feature's emphasis once the map has loaded, and again whenever it changes. */
export function useFeatureEmphasis(
  mapRef: RefObject<MapRef | null>,
  model: Pick<MapModel, 'regions' | 'lines'>,
  loaded: boolean,
): void {
  const { regions, lines } = model;
  const states = useMemo(() => featureEmphasis({ regions, lines }), [regions, lines]);
  // What the map holds now, by source and id (`rest` until set): only changes are sent, so nothing at load.
  const applied = useRef(new Map<string, Emphasis>());
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!loaded || !map) return;
    // After the tap's answer is painted: a new emphasis costs MapLibre a frame of drawing.
    return afterNextPaint(() => {
      for (const { source, id, emphasis } of states) {
        const key = `${source}/${id}`;
        if ((applied.current.get(key) ?? 'rest') === emphasis || !map.getSource(source)) continue;
        map.setFeatureState({ source, id }, { [EMPHASIS_STATE]: emphasis });
        applied.current.set(key, emphasis);
      }
    });
  }, [mapRef, states, loaded]);
}
