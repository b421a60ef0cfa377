// The article's claims in the article's order; picking one shows its elements on the map.
import type { Claim, Story } from '../story/model/schema';
import { useAppStore } from '../state/react/useAppStore';
import { ClaimStatusFlag } from './ClaimStatus';

// The list flags the strongest finding of the fact check; the card has every check with its sources.
function checkFlag(claim: Claim): { verdict: string; text: string } | null {
  if (claim.checks.some((check) => check.verdict === 'contradicts'))
    return { verdict: 'contradicts', text: 'Contradicted by sources' };
  if (claim.checks.some((check) => check.verdict === 'qualifies'))
    return { verdict: 'qualifies', text: 'Needs context' };
  return null;
}

export function ClaimList({ story }: { story: Story }) {
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  return (
    <section className="claim-list" aria-labelledby="claims-title">
      <h3 id="claims-title">The article’s claims</h3>
      <ol>
        {story.claims.map((claim) => {
          const chosen = selection?.kind === 'claim' && selection.id === claim.id;
          const flag = checkFlag(claim);
          return (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-item"
                data-claim={claim.id}
                aria-pressed={chosen}
                onClick={() => select(chosen ? null : { kind: 'claim', id: claim.id })}
              >
                <span className="claim-item__parts">{claim.parts.join(', ')}</span>
                <span className="claim-item__text">{claim.text}</span>
                {flag ? (
                  <span className={`claim-item__flag claim-item__flag--${flag.verdict}`}>{flag.text}</span>
                ) : null}
                <ClaimStatusFlag story={story} claim={claim} />
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
