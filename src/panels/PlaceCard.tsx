import { CARD_TITLE_ID, CardHeading } from './CardHeading';
import { claimsAbout, factsAbout, relationsAt } from '../story/claimLinks';
import { displayName } from '../story/model/names';
import { NO_ELEMENTS } from '../story/claimLinks';
import type { Place, Story } from '../story/model/schema';
import { ClaimsCiting } from './ClaimsCiting';
import { ElementLinks } from './ElementLinks';
import { FactList } from './FactList';
import { Names } from './Names';
import { SourceList } from './SourceList';

const KIND_WORDS: Record<Place['kind'], string> = {
  capital: 'Capital',
  'regional-capital': 'Regional capital',
  'military-base': 'Military base',
  'organisation-seat': 'Seat of an organisation',
  landmark: 'Landmark',
};

export function PlaceCard({ story, place }: { story: Story; place: Place }) {
  const lines = relationsAt(story, place.id).map((relation) => relation.id);
  return (
    <article className="card card--place" aria-labelledby={CARD_TITLE_ID}>
      <p className="card__kicker">
        {KIND_WORDS[place.kind]} · {place.country}
      </p>
      <CardHeading>{displayName(place)}</CardHeading>
      <Names names={place.names} />
      <p>{place.summary}</p>
      <SourceList story={story} ids={place.sources} />
      <FactList story={story} facts={factsAbout(story, 'place', place.id)} />
      <ElementLinks story={story} elements={{ ...NO_ELEMENTS, relations: lines }} heading="Lines from here" />
      <ClaimsCiting claims={claimsAbout(story, 'place', place.id)} />
    </article>
  );
}
