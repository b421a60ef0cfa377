import { CARD_TITLE_ID, CardHeading } from './CardHeading';
import type { GeoData } from '../geometry/geoData';
import { claimsAbout, factsAbout, NO_ELEMENTS } from '../story/claimLinks';
import { regionName } from '../story/model/names';
import type { Region, Story } from '../story/model/schema';
import { AreaComparison } from './AreaComparison';
import { ClaimsCiting } from './ClaimsCiting';
import { MapNow } from './MapNow';
import { FactList } from './FactList';
import { Names } from './Names';
import { SourceList } from './SourceList';

export function RegionCard({ story, geo, region }: { story: Story; geo: GeoData; region: Region }) {
  return (
    <article className="card card--region" aria-labelledby={CARD_TITLE_ID}>
      <p className="card__kicker">{region.kind === 'country' ? 'Country' : 'Disputed region'}</p>
      <CardHeading>{regionName(region)}</CardHeading>
      <Names names={region.names} />
      <p className="card__status">
        <strong>Status:</strong> {region.status}
      </p>
      <p>{region.summary}</p>
      <MapNow story={story} elements={{ ...NO_ELEMENTS, regions: [region.id] }} />
      <SourceList story={story} ids={region.sources} />
      <AreaComparison story={story} geo={geo} region={region} />
      <FactList story={story} facts={factsAbout(story, 'region', region.id)} />
      <ClaimsCiting claims={claimsAbout(story, 'region', region.id)} />
    </article>
  );
}
