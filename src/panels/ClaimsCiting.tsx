// The claims of the article that name a map element: the way from the map back to the text.
import type { Claim } from '../story/model/schema';
import { useAppStore } from '../state/react/useAppStore';

export function ClaimsCiting({ claims }: { claims: readonly Claim[] }) {
  const select = useAppStore((state) => state.select);
  return (
    <div className="claims-citing">
      <h4>In the article</h4>
      {claims.length === 0 ? (
        <p>The article makes no claim about this.</p>
      ) : (
        <ul>
          {claims.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-link"
                data-select={`claim:${claim.id}`}
                onClick={() => select({ kind: 'claim', id: claim.id })}
              >
                <span className="claim-link__parts">{claim.parts.join(', ')}</span> {claim.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
