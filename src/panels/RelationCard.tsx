import { CARD_TITLE_ID, CardHeading } from './CardHeading';
import { claimsAbout, factsAbout, NO_ELEMENTS } from '../story/claimLinks';
import type { Relation, Story } from '../story/model/schema';
import { ClaimsCiting } from './ClaimsCiting';
import { MapNow } from './MapNow';
import { ElementLinks } from './ElementLinks';
import { FactList } from './FactList';
import { LineSwatch } from './LineSwatch';
import { SourceList } from './SourceList';
import { RELATION_STYLES } from '../map/model/relationStyles';

export function RelationCard({ story, relation }: { story: Story; relation: Relation }) {
  return (
    <article className="card card--relation" aria-labelledby={CARD_TITLE_ID}>
      <p className="card__kicker">
        <LineSwatch type={relation.type} /> {RELATION_STYLES[relation.type].label}
      </p>
      <CardHeading>{relation.label}</CardHeading>
      <p>{relation.summary}</p>
      <MapNow story={story} elements={{ ...NO_ELEMENTS, relations: [relation.id] }} />
      <SourceList story={story} ids={relation.sources} />
      <FactList story={story} facts={factsAbout(story, 'relation', relation.id)} />
      <ElementLinks story={story} elements={{ ...NO_ELEMENTS, places: [relation.from, relation.to] }} heading="Ends" />
      <ClaimsCiting claims={claimsAbout(story, 'relation', relation.id)} />
    </article>
  );
}
