// The article's claims in the article's order; picking one shows its elements on the map.
import { memo, useState } from 'react';
import type { Claim, Story } from '../story/model/schema';
import { useAppStore } from '../state/react/useAppStore';
import type { AppActions } from '../state/store';
import { ClaimStatusFlag } from './ClaimStatus';
import { rowsShown } from './longList';
import { MoreRows } from './MoreRows';

// The list flags the strongest finding of the fact check; the card has every check with its sources.
function checkFlag(claim: Claim): { verdict: string; text: string } | null {
  if (claim.checks.some((check) => check.verdict === 'contradicts'))
    return { verdict: 'contradicts', text: 'Contradicted by sources' };
  if (claim.checks.some((check) => check.verdict === 'qualifies'))
    return { verdict: 'qualifies', text: 'Needs context' };
  return null;
}

// A row re-renders only when it is chosen or let go: a selection redraws two rows, not the whole list.
const ClaimRow = memo(function ClaimRow({
  story,
  claim,
  chosen,
  select,
}: {
  story: Story;
  claim: Claim;
  chosen: boolean;
  select: AppActions['select'];
}) {
  const flag = checkFlag(claim);
  return (
    <li>
      <button
        type="button"
        className="claim-item"
        data-claim={claim.id}
        aria-pressed={chosen}
        onClick={() => select(chosen ? null : { kind: 'claim', id: claim.id })}
      >
        <span className="claim-item__parts">{claim.parts.join(', ')}</span>
        <span className="claim-item__text">{claim.text}</span>
        {flag ? <span className={`claim-item__flag claim-item__flag--${flag.verdict}`}>{flag.text}</span> : null}
        <ClaimStatusFlag story={story} claim={claim} />
      </button>
    </li>
  );
});

export function ClaimList({ story }: { story: Story }) {
  const chosenId = useAppStore((state) => (state.selection?.kind === 'claim' ? state.selection.id : null));
  const select = useAppStore((state) => state.select);
  // The story whose every claim the reader asked to see: another story starts short again.
  const [allOf, setAllOf] = useState<Story | null>(null);
  const shown = rowsShown(story.claims, allOf === story, (claim) => claim.id === chosenId);
  return (
    <section className="claim-list" aria-labelledby="claims-title">
      <h3 id="claims-title">The article’s claims</h3>
      <ol>
        {shown.map((claim) => (
          <ClaimRow key={claim.id} story={story} claim={claim} chosen={claim.id === chosenId} select={select} />
        ))}
      </ol>
      <MoreRows hidden={story.claims.length - shown.length} noun="claims" onShow={() => setAllOf(story)} />
    </section>
  );
}
