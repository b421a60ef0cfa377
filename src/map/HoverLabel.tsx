// On a pointer that hovers, the name of the region or line under it: the map's lines are easier to tell apart by name.
import { Popup } from '@vis.gl/react-maplibre';

export type Hover = { longitude: number; latitude: number; text: string };

export function HoverLabel({ hover }: { hover: Hover | null }) {
  if (!hover) return null;
  return (
    <Popup
      longitude={hover.longitude}
      latitude={hover.latitude}
      closeButton={false}
      closeOnClick={false}
      offset={14}
      anchor="bottom"
      className="hover-label"
      maxWidth="240px"
    >
      {hover.text}
    </Popup>
  );
}
