// The draft as the map draws it (./model/preview.ts), with the map data that draws it: shared by the map and by the
// fields that show what the map computes (a region's area).
import { createContext, useContext } from 'react';
import type { GeoData } from '../geometry/geoData';
import type { Story } from '../story/model/schema';

export type Preview = { story: Story; geo: GeoData };
export const PreviewContext = createContext<Preview | null>(null);
export const usePreview = () => useContext(PreviewContext);
