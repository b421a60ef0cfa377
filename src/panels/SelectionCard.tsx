// The card for whatever is selected.
import type { GeoData } from '../geometry/geoData';
import { findElement } from '../story/claimLinks';
import type { Story } from '../story/model/schema';
import type { Selection } from '../story/selection';
import { ClaimCard } from './ClaimCard';
import { PlaceCard } from './PlaceCard';
import { RegionCard } from './RegionCard';
import { RelationCard } from './RelationCard';

export function SelectionCard({
  story,
  geo,
  selection,
}: {
  story: Story;
  geo: GeoData;
  selection: NonNullable<Selection>;
}) {
  const element = findElement(story, selection);
  if (!element) return null;
  switch (element.kind) {
    case 'claim':
      return <ClaimCard story={story} claim={element.item} />;
    case 'region':
      return <RegionCard story={story} geo={geo} region={element.item} />;
    case 'place':
      return <PlaceCard story={story} place={element.item} />;
    case 'relation':
      return <RelationCard story={story} relation={element.item} />;
  }
}
