// What the map draws in HTML at a place (pins, names) sits in one box over the canvas, placed as MapLibre places its
// markers. A Marker per element was a React portal each, and React gives every portal container its own ~150 event
// listeners: a 450-pin story carried 70,000 of them, and MapLibre moved 450 markers one by one at every camera frame.
import { useMap } from '@vis.gl/react-maplibre';
import { useEffect, useLayoutEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibre } from 'maplibre-gl';

/** Puts every anchor of `box` at its place's pixel: rounded except while moving, as MapLibre's own markers are. */
function placeAnchors(map: MapLibre, box: HTMLElement, moving: boolean): void {
  for (const anchor of box.children) {
    if (!(anchor instanceof HTMLElement)) continue;
    const { lng, lat, dx, dy, center } = anchor.dataset;
    const point = map.project([Number(lng), Number(lat)]);
    const x = point.x + Number(dx ?? 0);
    const y = point.y + Number(dy ?? 0);
    const [left, top] = moving ? [x, y] : [Math.round(x), Math.round(y)];
    anchor.style.transform = `${center === undefined ? '' : 'translate(-50%,-50%) '}translate(${left}px, ${top}px)`;
  }
}

/** The box over the canvas: its children are `Anchored` elements. */
export function ScreenLayer({ children }: { children: ReactNode }) {
  const map = useMap().current?.getMap();
  const [box] = useState(() => {
    const element = document.createElement('div');
    element.className = 'screen-layer';
    return element;
  });
  useEffect(() => {
    if (!map) return;
    map.getCanvasContainer().appendChild(box);
    const onMove = (event: { type: string }) => placeAnchors(map, box, event.type === 'move');
    map.on('move', onMove);
    map.on('moveend', onMove);
    map.on('resize', onMove);
    return () => {
      map.off('move', onMove);
      map.off('moveend', onMove);
      map.off('resize', onMove);
      box.remove();
    };
  }, [map, box]);
  // After each render: anchors React has just added or moved.
  useLayoutEffect(() => {
    if (map) placeAnchors(map, box, map.isMoving());
  });
  return createPortal(children, box);
}

type AnchoredProps = {
  at: readonly [number, number];
  /** Centred on its place (a pin), or its top-left corner there, moved by `offset` pixels (a name). */
  center?: boolean;
  offset?: readonly [number, number];
  style?: CSSProperties;
  children: ReactNode;
};

/** One element of the `ScreenLayer`, at a place. */
export function Anchored({ at, center = false, offset = [0, 0], style, children }: AnchoredProps) {
  return (
    <div
      className="screen-anchor"
      data-lng={at[0]}
      data-lat={at[1]}
      data-dx={offset[0]}
      data-dy={offset[1]}
      data-center={center ? '' : undefined}
      style={style}
    >
      {children}
    </div>
  );
}
