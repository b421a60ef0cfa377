// Citations: every fact the app shows names where it comes from.
import { sourcesFor } from '../story/claimLinks';
import type { Story } from '../story/model/schema';
import { formatDate } from '../ui/format';

type Props = { story: Story; ids: readonly string[]; label?: string; withNotes?: boolean };

// Inline citations stay short; the full list under "About this map" adds each source's note.
export function SourceList({ story, ids, label = 'Source', withNotes = false }: Props) {
  const sources = sourcesFor(story, ids);
  if (sources.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">{sources.length > 1 ? `${label}s` : label}: </span>
      {sources.map((source, index) => (
        <span key={source.id} className="source">
          {index > 0 ? '; ' : ''}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.outlet}
            </a>
          ) : (
            source.outlet
          )}
          {source.title !== source.outlet ? `, “${source.title}”` : ''}
          {source.published ? `, ${formatDate(source.published)}` : ''}
          {withNotes && source.note ? ` (${source.note})` : ''}
        </span>
      ))}
    </p>
  );
}
