// Sourced facts about a map element.
import type { Fact, Story } from '../story/model/schema';
import { formatDate } from '../ui/format';
import { SourceList } from './SourceList';

export function FactList({ story, facts }: { story: Story; facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <div className="facts">
      <h4>Facts</h4>
      <ul>
        {facts.map((fact) => (
          <li key={fact.id} className="fact">
            {fact.date ? <time dateTime={fact.date}>{formatDate(fact.date)}: </time> : null}
            {fact.text}
            <SourceList story={story} ids={fact.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}
