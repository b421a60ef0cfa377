// The draft as the map draws it, kept current: the lenient story (./model/preview.ts), then the geometry it draws
// beyond the built data (its countries, each file read once; its own outlines). The map's home is fixed when the draft
// opens, so that the camera stays where the editor left it while places come and go.
import { useEffect, useMemo, useState } from 'react';
import type { GeoData } from '../geometry/geoData';
import type { Bounds } from '../geometry/bounds';
import { homeBounds } from '../map/model/home';
import { fetchedJson, withStoryGeometry, type ReadJson } from '../network/countries';
import type { Story } from '../story/model/schema';
import { previewStory } from './model/preview';
import type { Preview } from './preview';
import { documentOf } from './useDraft';

/** Each file read once per page: a draft's countries are read again at every edit otherwise. */
export function cachedReader(): ReadJson {
  const read = fetchedJson();
  const files = new Map<string, Promise<unknown>>();
  return (url) => {
    let file = files.get(url);
    if (!file) {
      file = read(url);
      files.set(url, file);
      // A failed read is tried again next time.
      file.catch(() => files.delete(url));
    }
    return file;
  };
}

const today = () => new Date().toISOString().slice(0, 10);

export function usePreviewOf(
  text: string,
  draftKey: string,
  geo: GeoData | null,
  countryCodes: ReadonlySet<string>,
  read: ReadJson,
): Preview | null {
  const features = useMemo(() => new Set(geo?.regions.features.map((feature) => feature.properties.id)), [geo]);
  const story = useMemo(
    () => previewStory(documentOf(text), today(), { features, countries: countryCodes }),
    [text, features, countryCodes],
  );
  const [drawn, setDrawn] = useState<{ story: Story; geo: GeoData } | null>(null);
  const [home, setHome] = useState<{ key: string; bounds: Bounds } | null>(null);
  useEffect(() => {
    if (!geo) return;
    let current = true;
    const show = (shown: { story: Story; geo: GeoData }) => {
      if (!current) return;
      setDrawn(shown);
      // The first drawing of a draft fixes its home.
      setHome((kept) =>
        kept?.key === draftKey ? kept : { key: draftKey, bounds: homeBounds(shown.story, shown.geo) },
      );
    };
    withStoryGeometry(story, geo, read).then(
      (storyGeo) => show({ story, geo: storyGeo }),
      // A country file that fails leaves that country undrawn; the checker names it, and the rest is drawn.
      () =>
        show({
          story: {
            ...story,
            regions: story.regions.filter((region) =>
              region.outlines.every((outline) => outline.country === undefined),
            ),
          },
          geo,
        }),
    );
    return () => {
      current = false;
    };
  }, [story, geo, read, draftKey]);
  const homeHere = home?.key === draftKey ? home.bounds : null;
  return useMemo(() => {
    if (!drawn || homeHere === null) return null;
    return {
      story: { ...drawn.story, map: { ...drawn.story.map, home: drawn.story.map.home ?? homeHere } },
      geo: drawn.geo,
    };
  }, [drawn, homeHere]);
}
