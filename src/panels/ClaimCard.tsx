import { CARD_TITLE_ID, CardHeading } from './CardHeading';
import type { Claim, Story } from '../story/schema';
import { ClaimChecks } from './ClaimChecks';
import { ClaimStatusNote } from './ClaimStatus';
import { MapNow } from './MapNow';
import { ElementLinks } from './ElementLinks';

export function ClaimCard({ story, claim }: { story: Story; claim: Claim }) {
  return (
    <article className="card card--claim" aria-labelledby={CARD_TITLE_ID}>
      <p className="card__kicker">
        Claim · <span className="card__parts">{claim.parts.join(', ')}</span>
      </p>
      <CardHeading>{claim.text}</CardHeading>
      {claim.quote ? (
        <p className="card__quote">
          The article’s words: <q>{claim.quote}</q>
        </p>
      ) : null}
      <ClaimStatusNote story={story} claim={claim} />
      <MapNow
        story={story}
        elements={claim.elements}
        intro="The claim is read as of the article's day. What the map draws instead on this day:"
      />
      <ClaimChecks story={story} checks={claim.checks} />
      <ElementLinks story={story} elements={claim.elements} />
    </article>
  );
}
