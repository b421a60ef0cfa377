// What the map draws in HTML at a place (pins, names) sits in one box over the canvas, placed as MapLibre places its
// markers. A Marker per element was a React portal each, and React gives every portal container its own ~150 event
// listeners: a 450-pin story carried 70,000 of them, and MapLibre moved 450 markers one by one at every camera frame.
import { useMap } from '@vis.gl/react-maplibre';
import { createContext, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibre } from 'maplibre-gl';

/** Where an anchor goes: a place, an offset in pixels, and whether it is centred there. */
type Spot = { at: readonly [number, number]; offset: readonly [number, number]; center: boolean };
/** The layer's anchors, as their elements attach: placing them reads no DOM (it runs at every camera frame). */
type Anchors = Map<HTMLElement, Spot>;
const AnchorsContext = createContext<Anchors | null>(null);

/** Puts every anchor at its place's pixel: rounded except while moving, as MapLibre's own markers are. */
function placeAnchors(map: MapLibre, anchors: Anchors, moving: boolean): void {
  for (const [element, { at, offset, center }] of anchors) {
    const point = map.project([at[0], at[1]]);
    const x = point.x + offset[0];
    const y = point.y + offset[1];
    const [left, top] = moving ? [x, y] : [Math.round(x), Math.round(y)];
    element.style.transform = `${center ? 'translate(-50%,-50%) ' : ''}translate(${left}px, ${top}px)`;
  }
}

/** The box over the canvas: its children are elements placed with `useAnchor`. */
export function ScreenLayer({ children }: { children: ReactNode }) {
  const map = useMap().current?.getMap();
  const [box] = useState(() => {
    const element = document.createElement('div');
    element.className = 'screen-layer';
    return element;
  });
  const [anchors] = useState<Anchors>(() => new Map());
  useEffect(() => {
    if (!map) return;
    map.getCanvasContainer().appendChild(box);
    const onMove = (event: { type: string }) => placeAnchors(map, anchors, event.type === 'move');
    map.on('move', onMove);
    map.on('moveend', onMove);
    map.on('resize', onMove);
    return () => {
      map.off('move', onMove);
      map.off('moveend', onMove);
      map.off('resize', onMove);
      box.remove();
    };
  }, [map, box, anchors]);
  // After each render: anchors React has just added or moved.
  useLayoutEffect(() => {
    if (map) placeAnchors(map, anchors, map.isMoving());
  });
  return createPortal(<AnchorsContext value={anchors}>{children}</AnchorsContext>, box);
}

type AnchorOptions = {
  /** Centred on its place (a pin), or its top-left corner there, moved by `offset` pixels (a name). */
  center?: boolean;
  offset?: readonly [number, number];
};

/**
 * Makes an element of the `ScreenLayer` sit at a place: the ref to give it (with the class `screen-anchor`). The
 * element itself is placed, with no box around it: a story of 600 places would carry 600 more elements.
 */
export function useAnchor(
  at: readonly [number, number],
  { center = false, offset = [0, 0] }: AnchorOptions = {},
): (element: HTMLElement | null) => (() => void) | undefined {
  const anchors = useContext(AnchorsContext);
  return (element) => {
    if (!element || !anchors) return undefined;
    anchors.set(element, { at, offset, center });
    return () => void anchors.delete(element);
  };
}
