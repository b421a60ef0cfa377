// The article's claims in the article's order; picking one shows its elements on the map.
import type { Story } from '../story/schema';
import { useAppStore } from '../state/useAppStore';

export function ClaimList({ story }: { story: Story }) {
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  return (
    <section className="claim-list" aria-labelledby="claims-title">
      <h3 id="claims-title">The article’s claims</h3>
      <ol>
        {story.claims.map((claim) => {
          const chosen = selection?.kind === 'claim' && selection.id === claim.id;
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
                {claim.checks.some((check) => check.verdict !== 'supports') ? (
                  <span className="claim-item__flag">checked: needs context</span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
