// Everything on the map as lists of buttons, with the map's summary in words: the way to the map that needs no canvas.
import { mapSummary } from '../story/describe';
import type { Story } from '../story/model/schema';
import { useAppStore, useShownDate } from '../state/react/useAppStore';
import { outlineOn, storyOn } from '../time/validity';
import { elementLinks, type ElementLink } from './ElementLinks';
import { LineSwatch } from './LineSwatch';
import { MAP_SUMMARY_ID } from '../ui/ids';

const GROUPS = [
  { kind: 'region', title: 'Regions' },
  { kind: 'place', title: 'Places' },
  { kind: 'relation', title: 'Lines' },
] as const;

export function MapIndex({ story }: { story: Story }) {
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  // The summary says what the map draws on the day shown; the lists keep everything, whose cards say when it held.
  const date = useShownDate(story.article.eventDate);
  const shown = storyOn(story, date);
  const drawn = {
    ...story,
    regions: shown.regions.filter((region) => outlineOn(region, date)),
    relations: shown.relations,
  };
  const all = elementLinks(story, {
    regions: story.regions.map((region) => region.id),
    places: story.places.map((place) => place.id),
    relations: story.relations.map((relation) => relation.id),
  });
  const swatchFor = (link: ElementLink) => {
    const relation =
      link.selection.kind === 'relation' ? story.relations.find((item) => item.id === link.selection.id) : undefined;
    return relation ? <LineSwatch type={relation.type} /> : null;
  };
  return (
    <section className="map-index" aria-labelledby="map-index-title">
      <h3 id="map-index-title">Everything on the map</h3>
      <p id={MAP_SUMMARY_ID} className="map-index__summary">
        {mapSummary(drawn, shown.statuses)}
      </p>
      {GROUPS.map((group) => (
        <div key={group.kind} className="map-index__group">
          <h4>{group.title}</h4>
          <ul>
            {all
              .filter((link) => link.selection.kind === group.kind)
              .map((link) => {
                const chosen = selection?.kind === link.selection.kind && selection.id === link.selection.id;
                const key = `${link.selection.kind}:${link.selection.id}`;
                return (
                  <li key={key}>
                    <button
                      type="button"
                      className="index-item"
                      data-index={key}
                      aria-pressed={chosen}
                      onClick={() => select(chosen ? null : link.selection)}
                    >
                      {swatchFor(link)}
                      <span>{link.name}</span>
                    </button>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
