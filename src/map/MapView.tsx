// The map: the story's regions, lines and pins over an offline basemap. Renders state; camera moves go through ./camera.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AttributionControl, Layer, Map, NavigationControl, Source, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre';
import { relationLines } from '../geo/arcs';
import type { GeoData } from '../geo/geoData';
import { elementsOf, findElement, regionName } from '../story/links';
import { storyOn } from '../time/validity';
import type { Story } from '../story/schema';
import type { Selection } from '../state/selection';
import { useAppStore, useShownDate } from '../state/useAppStore';
import { baseStyle, configuredBasemapUrl } from './baseStyle';
import { fitCamera } from './camera';
import { DEFAULT_BOUNDS, focusBounds } from './focus';
import { INTERACTIVE_LAYERS, LAYER, mapLayers, SOURCE } from './layers';
import { loadMapLibrary } from './loadMapLibrary';
import { HoverLabel, type Hover } from './HoverLabel';
import { MapLabels } from './MapLabels';
import { PlacePins } from './PlacePins';
import { MAP_SUMMARY_ID } from '../panels/MapIndex';
import { pinMapBoxScroll } from './keyboard';
import { DownloadImage } from './download/DownloadImage';
import { cameraPadding, FIT_MAX_ZOOM } from './padding';
import { fitBounds, worldPoint } from './svg/mercator';
import { buildScene } from './svg/scene';
import { SvgMap } from './svg/SvgMap';
import { useMapStart } from './useMapStart';

type MapState = 'loading' | 'ready' | 'failed';

const ATTRIBUTION = 'Made with Natural Earth · world-atlas';
// The canvas is MapLibre's keyboard target; its name tells keyboard readers what it does.
const MAP_LOCALE = { 'Map.Title': 'Map: arrow keys pan, plus and minus keys zoom' };
const LABEL_MIN_ZOOM = 5.6;
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

export function MapView({ story, geo }: { story: Story; geo: GeoData }) {
  const selection = useAppStore((state) => state.selection);
  const date = useShownDate(story.article.eventDate);
  const select = useAppStore((state) => state.select);
  const mapRef = useRef<MapRef>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const started = useMapStart(sectionRef);
  const [mapState, setMapState] = useState<MapState>('loading');
  const [hover, setHover] = useState<Hover | null>(null);
  // Region names need room: below this zoom only pins keep their labels.
  const [zoomedOut, setZoomedOut] = useState(false);
  const onZoomEnd = useCallback((event: { viewState: { zoom: number } }) => setZoomedOut(event.viewState.zoom < LABEL_MIN_ZOOM), []);

  // Only what holds on the day shown is drawn: that day's outlines, and the ties that held then.
  const drawn = useMemo(() => storyOn(story, date), [story, date]);
  const lines = useMemo(() => relationLines(drawn.relations, story.places), [drawn, story]);
  const highlighted = useMemo(() => elementsOf(story, selection), [story, selection]);
  const layers = useMemo(
    () => mapLayers({ countryFeatures: drawn.countries, disputedFeatures: drawn.disputed, highlighted, active: selection !== null }),
    [drawn, highlighted, selection],
  );

  // The picture shown until MapLibre's first frame, and instead of it without WebGL: always the story's first view.
  const scene = useMemo(
    () => buildScene({ story, geo, lines: lines.features, drawn, highlighted, active: selection !== null, frame: DEFAULT_BOUNDS }),
    [story, geo, lines, drawn, highlighted, selection],
  );

  // What "Download image" draws: MapLibre's camera, or the picture's fixed framing when MapLibre is not up.
  const currentView = useCallback(() => {
    const section = sectionRef.current;
    if (!section) return null;
    const size = { width: section.clientWidth, height: section.clientHeight };
    const map = mapRef.current;
    if (mapState !== 'ready' || !map) return { frame: fitBounds(DEFAULT_BOUNDS, size, cameraPadding(size, false), FIT_MAX_ZOOM), size };
    const [centerX, centerY] = worldPoint([map.getCenter().lng, map.getCenter().lat]);
    return { frame: { zoom: map.getZoom(), centerX, centerY }, size };
  }, [mapState]);

  const focus = useCallback(
    (animate: boolean) => {
      const map = mapRef.current;
      if (!map) return;
      const bounds = selection ? focusBounds(story, geo, lines.features, highlighted, date) : DEFAULT_BOUNDS;
      fitCamera(map, bounds ?? DEFAULT_BOUNDS, { animate, labelRoom: selection !== null });
    },
    [story, geo, lines, highlighted, date, selection],
  );

  // The camera follows the selection (and the date, which changes a region's box).
  useEffect(() => {
    if (mapState === 'ready') focus(true);
  }, [focus, mapState]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      // Pins are buttons on top of the canvas: their own handler selects them.
      if (event.originalEvent.target !== mapRef.current?.getCanvas()) return;
      select(selectionFromFeature(event));
    },
    [select],
  );

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const hovered = selectionFromFeature(event);
      const element = hovered ? findElement(story, hovered) : null;
      const text =
        element?.kind === 'relation' ? element.item.label : element?.kind === 'region' ? regionName(element.item) : null;
      setHover(text ? { longitude: event.lngLat.lng, latitude: event.lngLat.lat, text } : null);
    },
    [story],
  );

  // The phone's bottom sheet resizes the map: keep the selection (or the whole story) framed in what is left.
  const onResize = useCallback(() => {
    if (mapState === 'ready') focus(false);
  }, [focus, mapState]);

  const onIdle = useCallback(() => {
    if (mapState !== 'loading') return;
    performance.mark('map-first-idle');
    setMapState('ready');
  }, [mapState]);

  const onError = useCallback(
    (event: { error: Error }) => {
      // Before the map is up, any error means no map (no WebGL, a broken build); later ones are logged, not fatal.
      if (mapState === 'ready') {
        console.error(event.error);
        return;
      }
      console.warn(`The interactive map could not start: ${event.error.message}`);
      setMapState('failed');
    },
    [mapState],
  );

  const initialViewState = useMemo(() => {
    const [west, south, east, north] = DEFAULT_BOUNDS;
    return { bounds: [west, south, east, north] as [number, number, number, number], fitBoundsOptions: { padding: 16 } };
  }, []);

  return (
    <section
      ref={sectionRef}
      className={zoomedOut ? 'map map--zoomed-out' : 'map'}
      aria-label="Map of the story"
      aria-describedby={MAP_SUMMARY_ID}
      data-map-state={mapState}
    >
      {mapState === 'ready' ? null : <SvgMap scene={scene} selection={selection} onSelect={select} title="Map of the story" asButtons={mapState === 'failed'} />}
      <DownloadImage story={story} scene={scene} currentView={currentView} />
      {mapState === 'failed' ? (
        <p className="map__notice" role="status">
          Zoom and pan need WebGL, which this browser has turned off or does not support. Pick regions, places and lines on this
          picture or in the panel.
        </p>
      ) : started ? (
        <div className="map__gl">
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
            event.target.keyboard.disableRotation();
            pinMapBoxScroll(event.target);
            focus(false);
            setZoomedOut(event.target.getZoom() < LABEL_MIN_ZOOM);
          }}
          onZoomEnd={onZoomEnd}
          onResize={onResize}
          onIdle={onIdle}
          onError={onError}
          dragRotate={false}
          pitchWithRotate={false}
          touchPitch={false}
          attributionControl={false}
          renderWorldCopies={false}
          minZoom={1}
          maxZoom={10}
        >
          <Source id={SOURCE.context} type="geojson" data={geo.context} />
          <Source id={SOURCE.regions} type="geojson" data={geo.regions} />
          <Source id={SOURCE.relations} type="geojson" data={lines} />
          {layers.map((layer) => (
            <Layer key={layer.id} {...layer} />
          ))}
          <MapLabels story={story} geo={geo} drawnFeatures={[...drawn.countries, ...drawn.disputed]} />
          <PlacePins places={story.places} highlighted={highlighted} selection={selection} onSelect={(id) => select({ kind: 'place', id })} />
          <HoverLabel hover={hover} />
          <NavigationControl position="top-left" showCompass={false} />
          <AttributionControl position="bottom-right" compact={false} customAttribution={ATTRIBUTION} />
        </Map>
        </div>
      ) : null}
    </section>
  );
}
