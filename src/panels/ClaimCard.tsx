import type { Claim, Story } from '../story/schema';
import { ClaimChecks } from './ClaimChecks';
import { DateChanges } from './DateChanges';
import { ElementLinks } from './ElementLinks';

export function ClaimCard({ story, claim }: { story: Story; claim: Claim }) {
  return (
    <article className="card card--claim" aria-labelledby="card-title">
      <p className="card__kicker">
        Claim · <span className="card__parts">{claim.parts.join(', ')}</span>
      </p>
      <h3 id="card-title">{claim.text}</h3>
      {claim.quote ? (
        <p className="card__quote">
          The article’s words: <q>{claim.quote}</q>
        </p>
      ) : null}
      <DateChanges story={story} elements={claim.elements} />
      <ClaimChecks story={story} checks={claim.checks} />
      <ElementLinks story={story} elements={claim.elements} />
    </article>
  );
}
