// The map section: the SVG picture first (it paints with the page), then MapLibre, which loads with its adapter
// (./MapLibreMap) once the reader touches the map or the page has settled. Without WebGL the picture stays the map.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import { relationLines } from '../geometry/relationLines';
import type { GeoData } from '../geometry/geoData';
import { elementsOf } from '../story/claimLinks';
import { storyOn } from '../time/validity';
import type { Story } from '../story/model/schema';
import { useAppStore, useShownDate } from '../state/react/useAppStore';
import { useSelectionAfterPaint } from '../state/react/useSelectionAfterPaint';
import { focusBounds } from './model/focus';
import { homeBounds } from './model/home';
import { loadMapLibrary, MapDownloadError } from './loadMapLibrary';
import { importWithTimeout } from '../network/timeouts';
import type { MapLibreMapProps } from './MapLibreMap';
import type { MapEditing } from './editing';
import { MAP_SUMMARY_ID } from '../ui/ids';
import { DownloadImage } from './download/DownloadImage';
import { cameraPadding, FIT_MAX_ZOOM, NO_PADDING } from './model/padding';
import { fitBounds, type Framing, type Size } from './model/mercator';
import type { Bounds } from '../geometry/bounds';
import { buildScene, unitsPerPixelAt, viewBoxFor } from './svg/scene';
import { firstViewContext } from './svg/firstViewContext';
import { controlRects } from './model/controls';
import { placeLabels, type Rect } from './model/labels';
import { buildMapModel } from './model/mapModel';
import { isPhone, measureText } from './measureText';
import { SvgMap } from './svg/SvgMap';
import { useBoxSize } from './useBoxSize';
import { useMapStart } from './useMapStart';
import { usePrintFraming } from './usePrintFraming';

type MapState = 'loading' | 'ready' | 'failed';
/** The height the no-WebGL notice takes at the map's bottom (one line on phones, two at most elsewhere). */
const NOTICE_ROOM = 48;
/**
 * Why the picture stayed the map: MapLibre would not start (WebGL), or a part of it never arrived (network, a broken
 * deploy): the library, its worker, or our adapter around it.
 */
type Failure = 'webgl' | 'library' | 'worker' | 'adapter';

// What failed, then (hidden on phones, where the map is small) what still works.
const FAILURE_NOTICE: Record<Failure, [short: string, more: string]> = {
  webgl: ['Zoom and pan need WebGL.', 'This browser has turned it off or does not support it.'],
  library: ['The zoomable map could not be downloaded; reload the page to try again.', ''],
  worker: ['The zoomable map’s worker file could not be downloaded; reload the page to try again.', ''],
  adapter: ['The zoomable map’s display code could not be downloaded; reload the page to try again.', ''],
};

/** MapLibre's own start errors: a worker that would not load is a download, anything else means no WebGL. */
const startFailure = (reason: string): Failure => (/worker/i.test(reason) ? 'worker' : 'webgl');

/** `editing`: the editor's map (src/editor/EditorMap.tsx), where clicks add and pick, and the camera stays put. */
// Memoised: the layouts around it re-render on a pick (title, status line); the map takes the pick after its frame.
export const MapView = memo(function MapView({
  story,
  geo,
  editing,
}: {
  story: Story;
  geo: GeoData;
  editing?: MapEditing;
}) {
  // The map follows the reader's pick a moment behind the panel: the chosen row paints first, then the card, and the
  // map's new scene, framing and emphasis render after, so a slow phone's tap never waits on them.
  const selection = useSelectionAfterPaint('transition');
  const date = useShownDate(story.article.eventDate);
  const select = useAppStore((state) => state.select);
  const mapRef = useRef<MapRef>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const started = useMapStart(sectionRef);
  const boxSize = useBoxSize(sectionRef);
  const [mapState, setMapState] = useState<MapState>('loading');
  const [failure, setFailure] = useState<Failure>('webgl');
  const [Adapter, setAdapter] = useState<ComponentType<MapLibreMapProps> | null>(null);

  const fail = useCallback((kind: Failure, reason: string) => {
    console.warn(`The interactive map could not start: ${reason}`);
    setFailure(kind);
    setMapState('failed');
  }, []);
  // MapLibre's own download failure reaches here too when the adapter came first: it names the part that failed.
  const failToStart = useCallback(
    (error: Error) => fail(error instanceof MapDownloadError ? error.part : startFailure(error.message), error.message),
    [fail],
  );
  const ready = useCallback(() => setMapState('ready'), []);
  // In the editor a pick links or draws; it selects nothing (see ../editor/EditorMap.tsx).
  const choose = editing?.onPick ?? select;

  // MapLibre and its adapter load side by side; the benchmark times MapLibre from this mark to its first idle.
  useEffect(() => {
    if (!started) return;
    performance.mark('map-start');
    let current = true;
    const failed = (kind: Failure) => (error: unknown) => {
      if (current) fail(kind, error instanceof Error ? error.message : String(error));
    };
    loadMapLibrary().catch((error: unknown) =>
      failed(error instanceof MapDownloadError ? error.part : 'library')(error),
    );
    importWithTimeout(() => import('./MapLibreMap')).then(
      (module) => current && setAdapter(() => module.MapLibreMap),
      failed('adapter'),
    );
    return () => {
      current = false;
    };
  }, [started, fail]);

  // Only what holds on the day shown is drawn: that day's outlines, and the ties that held then.
  const drawn = useMemo(() => storyOn(story, date), [story, date]);
  const lines = useMemo(
    () => relationLines(drawn.relations, story.places, (relation) => drawn.statuses[relation.id] ?? 'active'),
    [drawn, story],
  );
  const highlighted = useMemo(() => elementsOf(story, selection), [story, selection]);
  const home = useMemo(() => homeBounds(story, geo), [story, geo]);

  // A selection is framed with room for pin labels, on the picture as on MapLibre; the whole story gets the first view.
  const framed = useMemo(
    () => ({
      bounds: (selection ? focusBounds(story, geo, lines.features, highlighted, date) : null) ?? home,
      labelRoom: selection !== null,
    }),
    [story, geo, lines, highlighted, date, selection, home],
  );

  // The camera MapLibre takes for the framing, in a box of this size.
  // Without MapLibre the notice sits along the picture's bottom: the framing keeps the selection above it.
  const noticeRoom = mapState === 'failed' ? NOTICE_ROOM : 0;
  const framingFor = useCallback(
    (size: Size): Framing => {
      const padding = cameraPadding(size, framed.labelRoom);
      return {
        frame: fitBounds(framed.bounds, size, { ...padding, bottom: padding.bottom + noticeRoom }, FIT_MAX_ZOOM),
        size,
      };
    },
    [framed, noticeRoom],
  );

  // What "Download image" and print draw: what MapLibre shows, or the picture's framing when MapLibre is not up. Print
  // lays the map out in a box of another shape: all that the reader saw is fitted into it, so nothing on screen (a lit
  // pin at the top of a tall phone map) falls off the page; in a box of the screen's size that is MapLibre's own camera.
  const currentFraming = useCallback((): Framing | null => {
    const section = sectionRef.current;
    if (!section) return null;
    const size = { width: section.clientWidth, height: section.clientHeight };
    const map = mapRef.current;
    if (mapState !== 'ready' || !map) return framingFor(size);
    const seen = map.getBounds();
    const bounds: Bounds = [seen.getWest(), seen.getSouth(), seen.getEast(), seen.getNorth()];
    return { frame: fitBounds(bounds, size, NO_PADDING), size };
  }, [mapState, framingFor]);
  const printFraming = usePrintFraming(currentFraming, mapState === 'ready');

  // The picture's camera: as printed, or the framing fitted to the measured box (before that, the stylesheet's first view).
  const pictureFraming = useMemo((): Framing | null => {
    if (printFraming) return printFraming;
    return boxSize ? framingFor(boxSize) : null;
  }, [printFraming, framingFor, boxSize]);

  // The first view's basemap, as the build rendered it into the page: React takes that markup over unchanged.
  const firstViewGeo = useMemo(() => ({ ...geo, context: firstViewContext(geo.context, home) }), [geo, home]);

  // What every renderer draws, derived once per state.
  const model = useMemo(
    () =>
      buildMapModel({ story, geo, lines: lines.features, drawn, highlighted, active: selection !== null, selection }),
    [story, geo, lines, drawn, highlighted, selection],
  );

  // The picture shown until MapLibre's first frame, instead of it without WebGL, in print and in downloads; its marks
  // keep their size in pixels and its labels are placed for the framing, as MapLibre's are (keeping out of `reserved`).
  // Until the box is measured it is the first view the build rendered into the page (its scale and its basemap).
  const sceneAt = useCallback(
    (framing: Framing | null, reserved: readonly Rect[]) =>
      buildScene({
        story,
        geo: framing === null ? firstViewGeo : geo,
        lines: lines.features,
        drawn,
        highlighted,
        active: selection !== null,
        frame: home,
        model,
        unitsPerPixel: framing ? unitsPerPixelAt(framing.frame.zoom) : 1,
        ...(framing
          ? {
              placement: placeLabels({
                model,
                frame: framing.frame,
                size: framing.size,
                phone: isPhone(),
                reserved,
                measure: measureText,
              }),
            }
          : {}),
      }),
    [story, geo, firstViewGeo, lines, drawn, highlighted, selection, model, home],
  );
  // Once MapLibre is up the picture goes (a big story's picture is thousands of elements to rebuild at each pick); print
  // builds it again, synchronously, when it starts (./usePrintFraming.ts). Until then it is rebuilt when the selection,
  // date or framing changes.
  const pictureShown = mapState !== 'ready' || printFraming !== null;
  const scene = useMemo(
    () =>
      pictureShown
        ? sceneAt(pictureFraming, pictureFraming && !printFraming ? controlRects(pictureFraming.size, isPhone()) : [])
        : null,
    [pictureShown, sceneAt, pictureFraming, printFraming],
  );

  return (
    <section
      ref={sectionRef}
      className="map"
      aria-label="Map of the story"
      aria-describedby={MAP_SUMMARY_ID}
      data-map-state={mapState}
    >
      {/* Print shows the picture instead of the canvas (sharp, and WebGL need not print). */}
      {scene ? (
        <SvgMap
          scene={scene}
          viewBox={pictureFraming ? viewBoxFor(pictureFraming.frame, pictureFraming.size) : undefined}
          selection={selection}
          onSelect={choose}
          title="Map of the story"
          asButtons={mapState === 'failed'}
          hitAreas={pictureFraming !== null}
        />
      ) : null}
      <DownloadImage story={story} sceneAt={sceneAt} currentFraming={currentFraming} />
      {mapState === 'failed' ? (
        <p className="map__notice" role="status">
          {FAILURE_NOTICE[failure][0]}{' '}
          <span className="map__notice-more">
            {FAILURE_NOTICE[failure][1]} Pick regions, places and lines on this picture or in the panel.
          </span>
        </p>
      ) : Adapter ? (
        <Adapter
          story={story}
          geo={geo}
          framed={framed}
          home={home}
          drawn={drawn}
          lines={lines}
          model={model}
          onSelect={choose}
          editing={editing}
          mapRef={mapRef}
          onReady={ready}
          onFailed={failToStart}
        />
      ) : null}
    </section>
  );
});
