// The story's home view: the first view, and where the map returns when nothing is selected.
import { boundsOf, type Bounds } from '../../geometry/bounds';
import { regionFeature, type GeoData } from '../../geometry/geoData';
import type { Story } from '../../story/model/schema';
import { storyOn } from '../../time/validity';

/** The whole world but the poles: a story with nothing to frame still opens on a map. */
const WORLD: Bounds = [-180, -58, 180, 78];

/** The story's own home view, else the box around its regions (as drawn on the article's day) and its places. */
export function homeBounds(story: Story, geo: GeoData): Bounds {
  if (story.map.home) return story.map.home;
  const drawn = storyOn(story, story.article.eventDate);
  const features = [...drawn.countries, ...drawn.disputed].flatMap((id) => regionFeature(geo, id) ?? []);
  return (
    boundsOf(
      features,
      story.places.map((place) => place.coordinates),
    ) ?? WORLD
  );
}
