import { CARD_TITLE_ID, CardHeading } from './CardHeading';
import type { Claim, Story } from '../story/model/schema';
import { ClaimChecks } from './ClaimChecks';
import { ClaimOnDate } from './ClaimStatus';
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
      <ClaimOnDate story={story} claim={claim} />
      <ClaimChecks story={story} checks={claim.checks} />
      <ElementLinks story={story} elements={claim.elements} />
    </article>
  );
}
