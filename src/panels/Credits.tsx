// Where the map's data and the story's text come from.
import type { Story } from '../story/model/schema';
import { SourceList } from './SourceList';

export function Credits({ story }: { story: Story }) {
  return (
    <footer className="credits">
      <h3>About this map</h3>
      <p>
        Claims are paraphrased from the article; short quotations are marked. Outlines: Made with Natural Earth (public
        domain), countries via the world-atlas package. Areas are computed from the outlines in your browser.
      </p>
      <details>
        <summary>All sources ({story.sources.length})</summary>
        <ul>
          {story.sources.map((source) => (
            <li key={source.id}>
              <SourceList story={story} ids={[source.id]} withNotes />
            </li>
          ))}
        </ul>
      </details>
    </footer>
  );
}
