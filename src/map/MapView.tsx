// The map section: the SVG picture first (it paints with the page), then MapLibre, which loads with its adapter
// (./MapLibreMap) once the reader touches the map or the page has settled. Without WebGL the picture stays the map.
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import { relationLines } from '../geo/arcs';
import type { GeoData } from '../geo/geoData';
import { elementsOf } from '../story/links';
import { storyOn } from '../time/validity';
import type { Story } from '../story/schema';
import { useAppStore, useShownDate } from '../state/useAppStore';
import { DEFAULT_BOUNDS, focusBounds } from './focus';
import { loadMapLibrary } from './loadMapLibrary';
import type { MapLibreMapProps } from './MapLibreMap';
import { MAP_SUMMARY_ID } from '../panels/MapIndex';
import { DownloadImage } from './download/DownloadImage';
import { cameraPadding, FIT_MAX_ZOOM } from './padding';
import { fitBounds, worldPoint } from './svg/mercator';
import { buildScene, viewBoxFor } from './svg/scene';
import { SvgMap } from './svg/SvgMap';
import { useBoxSize } from './useBoxSize';
import { useMapStart } from './useMapStart';
import { usePrintView } from './usePrintView';

type MapState = 'loading' | 'ready' | 'failed';
/** Why the picture stayed the map: MapLibre would not start (WebGL), or its code never arrived (network, a broken deploy). */
type Failure = 'webgl' | 'download';

const FAILURE_NOTICE: Record<Failure, string> = {
  webgl: 'Zoom and pan need WebGL, which this browser has turned off or does not support.',
  download: 'The zoomable map could not be downloaded; reload the page to try again.',
};

export function MapView({ story, geo }: { story: Story; geo: GeoData }) {
  const selection = useAppStore((state) => state.selection);
  const date = useShownDate(story.article.eventDate);
  const select = useAppStore((state) => state.select);
  const mapRef = useRef<MapRef>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const started = useMapStart(sectionRef);
  const boxSize = useBoxSize(sectionRef);
  const [mapState, setMapState] = useState<MapState>('loading');
  const [failure, setFailure] = useState<Failure>('webgl');
  const [Adapter, setAdapter] = useState<ComponentType<MapLibreMapProps> | null>(null);
  // Region names need room: below a zoom only pins keep their labels (the adapter says when).
  const [zoomedOut, setZoomedOut] = useState(false);

  const fail = useCallback((kind: Failure, reason: string) => {
    console.warn(`The interactive map could not start: ${reason}`);
    setFailure(kind);
    setMapState('failed');
  }, []);
  const failToStart = useCallback((reason: string) => fail('webgl', reason), [fail]);
  const ready = useCallback(() => setMapState('ready'), []);

  // MapLibre and its adapter load side by side; the benchmark times MapLibre from this mark to its first idle.
  useEffect(() => {
    if (!started) return;
    performance.mark('map-start');
    let current = true;
    const failed = (error: unknown) => current && fail('download', error instanceof Error ? error.message : String(error));
    loadMapLibrary().catch(failed);
    import('./MapLibreMap').then(
      (module) => current && setAdapter(() => module.MapLibreMap),
      failed,
    );
    return () => {
      current = false;
    };
  }, [started, fail]);

  // Only what holds on the day shown is drawn: that day's outlines, and the ties that held then.
  const drawn = useMemo(() => storyOn(story, date), [story, date]);
  const lines = useMemo(() => relationLines(drawn.relations, story.places), [drawn, story]);
  const highlighted = useMemo(() => elementsOf(story, selection), [story, selection]);

  // The picture shown until MapLibre's first frame, and instead of it without WebGL: always the story's first view.
  const scene = useMemo(
    () => buildScene({ story, geo, lines: lines.features, drawn, highlighted, active: selection !== null, frame: DEFAULT_BOUNDS }),
    [story, geo, lines, drawn, highlighted, selection],
  );

  // A selection is framed with room for pin labels, on the picture as on MapLibre; the whole story gets the first view.
  const framed = useMemo(
    () => ({ bounds: (selection ? focusBounds(story, geo, lines.features, highlighted, date) : null) ?? DEFAULT_BOUNDS, labelRoom: selection !== null }),
    [story, geo, lines, highlighted, date, selection],
  );
  // The first view's framing is the stylesheet's (it holds before any script); a selection's is computed for the box.
  const pictureViewBox = useMemo(() => {
    if (!framed.labelRoom || !boxSize) return undefined;
    return viewBoxFor(fitBounds(framed.bounds, boxSize, cameraPadding(boxSize, true), FIT_MAX_ZOOM), boxSize);
  }, [framed, boxSize]);

  // What "Download image" draws: MapLibre's camera, or the picture's framing when MapLibre is not up.
  const currentView = useCallback(() => {
    const section = sectionRef.current;
    if (!section) return null;
    const size = { width: section.clientWidth, height: section.clientHeight };
    const map = mapRef.current;
    if (mapState !== 'ready' || !map) return { frame: fitBounds(framed.bounds, size, cameraPadding(size, framed.labelRoom), FIT_MAX_ZOOM), size };
    const [centerX, centerY] = worldPoint([map.getCenter().lng, map.getCenter().lat]);
    return { frame: { zoom: map.getZoom(), centerX, centerY }, size };
  }, [mapState, framed]);
  const printViewBox = usePrintView(currentView, mapState === 'ready');

  return (
    <section
      ref={sectionRef}
      className={zoomedOut ? 'map map--zoomed-out' : 'map'}
      aria-label="Map of the story"
      aria-describedby={MAP_SUMMARY_ID}
      data-map-state={mapState}
    >
      {/* Once MapLibre is up the picture hides; print shows it instead of the canvas (sharp, and WebGL need not print). */}
      <SvgMap scene={scene} viewBox={printViewBox ?? pictureViewBox} selection={selection} onSelect={select} title="Map of the story" asButtons={mapState === 'failed'} />
      <DownloadImage story={story} scene={scene} currentView={currentView} />
      {mapState === 'failed' ? (
        <p className="map__notice" role="status">
          {FAILURE_NOTICE[failure]} Pick regions, places and lines on this picture or in the panel.
        </p>
      ) : Adapter ? (
        <Adapter
          story={story}
          geo={geo}
          framed={framed}
          drawn={drawn}
          lines={lines}
          highlighted={highlighted}
          selection={selection}
          onSelect={select}
          mapRef={mapRef}
          onReady={ready}
          onFailed={failToStart}
          onZoomedOut={setZoomedOut}
        />
      ) : null}
    </section>
  );
}
