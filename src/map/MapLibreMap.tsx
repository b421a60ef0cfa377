// The map adapter: MapLibre drawing the story's regions, lines and pins over an offline basemap. It loads with MapLibre,
// off the first load: until then the SVG picture (./svg) is the map. Renders state; camera moves go through ./camera.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  AttributionControl,
  Layer,
  Map,
  NavigationControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from '@vis.gl/react-maplibre';
import type { RelationLines } from '../geometry/relationLines';
import type { Bounds } from '../geometry/bounds';
import type { GeoData } from '../geometry/geoData';
import { findElement } from '../story/claimLinks';
import { regionName } from '../story/model/names';
import type { Story } from '../story/model/schema';
import type { Selection } from '../story/selection';
import type { StoryOnDate } from '../time/validity';
import { baseStyle, configuredBasemapUrl } from './baseStyle';
import { afterNextPaint } from '../ui/afterNextPaint';
import { fitCamera, prefersReducedMotion } from './camera';
import { regionFill } from './model/palette';
import { HoverLabel, type Hover } from './HoverLabel';
import { pinMapBoxScroll } from './keyboard';
import { FEATURE_ID, INTERACTIVE_LAYERS, LAYER, mapLayers, SOURCE } from './layers';
import { loadMapLibrary } from './loadMapLibrary';
import { MapLabels } from './MapLabels';
import { isPhone, measureText } from './measureText';
import { controlRects } from './model/controls';
import { placeLabels, type Placement } from './model/labels';
import type { MapModel } from './model/mapModel';
import { PlacePins } from './PlacePins';
import { ScreenLayer } from './ScreenLayer';
import { useFeatureEmphasis } from './useFeatureEmphasis';
import type { MapEditing } from './editing';
import { worldPoint } from './model/mercator';
import './liveMap.css';

export type MapLibreMapProps = {
  story: Story;
  geo: GeoData;
  /** Where the camera goes: the selection's box (with room for pin labels) or the story's first view. */
  framed: { bounds: Bounds; labelRoom: boolean };
  /** The story's home view, where the map opens before its first framing. */
  home: Bounds;
  drawn: StoryOnDate;
  lines: RelationLines;
  /** What every renderer draws (./model/mapModel.ts): the regions, lines and pins, and their emphasis. */
  model: MapModel;
  onSelect: (selection: Selection) => void;
  /** Lets the first-load code read the camera (for downloads) without importing MapLibre. */
  mapRef: RefObject<MapRef | null>;
  /** MapLibre's first idle: the picture underneath can go. */
  onReady: () => void;
  /** MapLibre could not start (no WebGL, a broken build): the picture stays as the map. */
  onFailed: (error: Error) => void;
  /** In the editor: clicks on the map add, and pins can be dragged. */
  editing?: MapEditing | undefined;
};

const ATTRIBUTION = 'Made with Natural Earth · world-atlas';
// The canvas is MapLibre's keyboard target; its name tells keyboard readers what it does.
const MAP_LOCALE = { 'Map.Title': 'Map: arrow keys pan, plus and minus keys zoom' };
// One style object for the map's life: a new object on each render would make the binding call setStyle, which drops
// the story's layers until they are added again, and a click in that gap finds nothing.
const MAP_STYLE = configuredBasemapUrl() ?? baseStyle();

function selectionFromFeature(event: MapLayerMouseEvent): Selection {
  const feature = event.features?.[0];
  const properties: unknown = feature?.properties;
  if (!feature || typeof properties !== 'object' || properties === null) return null;
  const { id, region } = properties as { id?: unknown; region?: unknown };
  if (feature.layer.id === LAYER.relationHit && typeof id === 'string') return { kind: 'relation', id };
  if (typeof region === 'string') return { kind: 'region', id: region };
  return null;
}

export function MapLibreMap({
  story,
  geo,
  framed,
  home,
  drawn,
  lines,
  model,
  onSelect,
  mapRef,
  onReady,
  onFailed,
  editing,
}: MapLibreMapProps) {
  const [ready, setReady] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useFeatureEmphasis(mapRef, model, loaded);
  // Read once, when the map is made.
  const [initialViewState] = useState(() => ({ bounds: home, fitBoundsOptions: { padding: 16 } }));
  const [hover, setHover] = useState<Hover | null>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  // Whether the camera moves, on the map's box (data-camera="moving" or "still"), as a reader sees it. Written directly:
  // a re-render mid-move made clicks on the map go astray.
  const boxRef = useRef<HTMLDivElement>(null);
  const showCamera = useCallback((camera: 'moving' | 'still') => {
    if (boxRef.current) boxRef.current.dataset['camera'] = camera;
  }, []);
  const layers = useMemo(
    () =>
      mapLayers({
        countryFeatures: drawn.countries,
        disputedFeatures: drawn.disputed,
        regionFills: story.regions.map((region) => [region.id, regionFill(region)] as const),
      }),
    [story, drawn],
  );

  const focus = useCallback(
    (animate: boolean) => {
      const map = mapRef.current;
      if (map) fitCamera(map, framed.bounds, { animate, labelRoom: framed.labelRoom });
    },
    [mapRef, framed],
  );

  // Labels are placed for the camera at rest (the same placement as the picture's): while it moves they ride along.
  const place = useCallback(() => {
    const map = mapRef.current;
    if (!map) return;
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const size = { width, height };
    const center = map.getCenter();
    const [centerX, centerY] = worldPoint([center.lng, center.lat]);
    setPlacement(
      placeLabels({
        model,
        frame: { zoom: map.getZoom(), centerX, centerY },
        size,
        phone: isPhone(),
        reserved: controlRects(size, isPhone()),
        measure: measureText,
      }),
    );
  }, [mapRef, model]);
  useEffect(() => (ready ? afterNextPaint(place) : undefined), [place, ready]);
  const pinLabels = useMemo(
    () => new globalThis.Map((placement?.labels ?? []).map((label) => [label.key, label])),
    [placement],
  );

  // The camera follows the selection (and the date, which changes a region's box).
  // The first framing once MapLibre has drawn is a jump: the picture on top already shows it, and a flight nobody sees
  // would cost a slow device its frames (a software renderer queued seconds of them).
  const framedOnce = useRef(false);
  useEffect(() => {
    // In the editor the camera stays where the editor put it, whatever the draft becomes.
    if (!ready || (editing && framedOnce.current)) return;
    if (!framedOnce.current) {
      framedOnce.current = true;
      focus(false);
      return;
    }
    // With reduced motion the camera jumps, in the same task as the pick, as a jump should.
    if (prefersReducedMotion()) {
      focus(true);
      return;
    }
    // A reader's tap is answered first (the chosen row and its card painted), then the camera sets off: its first frame
    // cost a slow phone more than the answer did. The box says the camera is moving from now, as it did before.
    const map = mapRef.current;
    // A move to where the camera already is may not report its end, nor does one cancelled before it started.
    const stillUnlessMoving = () => {
      if (!map?.isMoving()) showCamera('still');
    };
    showCamera('moving');
    const cancel = afterNextPaint(() => {
      focus(true);
      stillUnlessMoving();
    });
    return () => {
      cancel();
      stillUnlessMoving();
    };
  }, [focus, ready, editing, showCamera, mapRef]);

  const selectPlace = useCallback((id: string) => onSelect({ kind: 'place', id }), [onSelect]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      // Pins are buttons on top of the canvas: their own handler selects them.
      if (event.originalEvent.target !== mapRef.current?.getCanvas()) return;
      const picked = selectionFromFeature(event);
      if (editing && !picked) editing.onMapClick([event.lngLat.lng, event.lngLat.lat]);
      else onSelect(picked);
    },
    [mapRef, onSelect, editing],
  );

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const hovered = selectionFromFeature(event);
      const element = hovered ? findElement(story, hovered) : null;
      // A line that is not active that day says so, as its look does.
      const status = element?.kind === 'relation' ? drawn.statuses[element.item.id] : undefined;
      const text =
        element?.kind === 'relation'
          ? `${element.item.label}${status && status !== 'active' ? ` (${status})` : ''}`
          : element?.kind === 'region'
            ? regionName(element.item)
            : null;
      // The name stays where it first appeared until the pointer reaches something else: no render per mousemove.
      setHover((previous) =>
        previous?.text === text
          ? previous
          : text
            ? { longitude: event.lngLat.lng, latitude: event.lngLat.lat, text }
            : null,
      );
    },
    [story, drawn],
  );

  // The phone's bottom sheet resizes the map: keep the selection (or the whole story) framed in what is left.
  const onResize = useCallback(() => {
    if (ready && !editing) focus(false);
  }, [focus, ready, editing]);

  const announced = useRef(false);
  const onIdle = useCallback(() => {
    if (ready) return;
    performance.mark('map-first-idle');
    // The page calls the map up once the camera has come to rest on the framing (onMoveEnd): a reader's first touch
    // then lands where the picture showed.
    setReady(true);
  }, [ready]);

  const onError = useCallback(
    (event: { error: Error }) => {
      // Before the map is up, any error means no map (no WebGL, a broken build); later ones are logged, not fatal,
      // except a worker that would not start (a file cut short): MapLibre may idle once, but draws no data without it.
      if (ready && !/worker/i.test(event.error.message)) {
        console.error(event.error);
        return;
      }
      onFailed(event.error);
    },
    [ready, onFailed],
  );

  return (
    <div className="map__gl" ref={boxRef}>
      <Map
        ref={mapRef}
        mapLib={loadMapLibrary()}
        initialViewState={initialViewState}
        mapStyle={MAP_STYLE}
        locale={MAP_LOCALE}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        cursor={hover ? 'pointer' : 'grab'}
        onLoad={(event) => {
          showCamera('still');
          event.target.keyboard.disableRotation();
          pinMapBoxScroll(event.target);
          focus(false);
          place();
          setLoaded(true);
        }}
        onMoveStart={() => showCamera('moving')}
        onMoveEnd={() => {
          place();
          showCamera('still');
          if (ready && !announced.current) {
            announced.current = true;
            onReady();
          }
        }}
        onResize={onResize}
        onIdle={onIdle}
        onError={onError}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={false}
        renderWorldCopies={false}
        // The whole world fits a phone's map only below zoom 1: a selection from Washington to Baku needs about 0.3.
        minZoom={0}
        maxZoom={10}
      >
        <Source id={SOURCE.context} type="geojson" data={geo.context} />
        <Source id={SOURCE.regions} type="geojson" data={geo.regions} promoteId={FEATURE_ID} />
        <Source id={SOURCE.relations} type="geojson" data={lines} promoteId={FEATURE_ID} />
        {layers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        <ScreenLayer>
          <MapLabels labels={placement?.labels ?? []} />
          <PlacePins
            pins={model.pins}
            labels={pinLabels}
            active={model.active}
            onSelect={selectPlace}
            onMoved={editing?.onPinMoved}
          />
        </ScreenLayer>
        <HoverLabel hover={hover} />
        <NavigationControl position="top-left" showCompass={false} />
        <AttributionControl position="bottom-right" compact={false} customAttribution={ATTRIBUTION} />
      </Map>
    </div>
  );
}
