// What the reference facts say about a claim: supporting, qualifying or contradicting it, each with its source.
import type { Check, Story } from '../story/model/schema';
import { SourceList } from './SourceList';

const VERDICT_WORDS: Record<Check['verdict'], string> = {
  supports: 'Supported',
  qualifies: 'Needs context',
  contradicts: 'Contradicted',
};

export function ClaimChecks({ story, checks }: { story: Story; checks: readonly Check[] }) {
  if (checks.length === 0) return null;
  return (
    <div className="checks">
      <h4>What the sources say</h4>
      <ul>
        {checks.map((check, index) => (
          <li key={index} className={`check check--${check.verdict}`}>
            <span className="check__verdict">{VERDICT_WORDS[check.verdict]}</span> {check.text}
            <SourceList story={story} ids={check.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}
