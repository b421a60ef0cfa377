// "Preview as a reader": the draft, checked, in the reader's own page, with a way back to editing.
import { useEffect, useState } from 'react';
import { Root } from '../app/Root';
import { storyGeometry } from '../app/loadData';
import { createAppStore } from '../state/store';
import type { GeoData } from '../geometry/geoData';
import type { Story } from '../story/model/schema';

export function ReaderPreview({ story, geo, onBack }: { story: Story; geo: GeoData; onBack: () => void }) {
  const [store] = useState(() => createAppStore());
  useEffect(() => {
    let current = true;
    void storyGeometry(story, geo).then((drawn) => {
      if (!current) return;
      if (drawn.ok) store.getState().loaded(story, drawn.geo, 'editor');
      else store.getState().failed(drawn.title, drawn.problems);
    });
    return () => {
      current = false;
    };
  }, [store, story, geo]);
  return (
    <div className="reader-preview">
      <div className="reader-preview__bar" role="region" aria-label="Preview">
        <p>This is how readers will see the story.</p>
        <button type="button" className="primary" onClick={onBack}>
          Back to editing
        </button>
      </div>
      <Root store={store} />
    </div>
  );
}
