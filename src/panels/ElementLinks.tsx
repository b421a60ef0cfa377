// Buttons to the map elements a claim or fact names: the way from the text to the map.
import { displayName, regionName } from '../story/model/names';
import type { Elements, Story } from '../story/model/schema';
import type { Selection } from '../story/selection';
import { useAppStore } from '../state/react/useAppStore';

export type ElementLink = { selection: NonNullable<Selection>; name: string };

/** The named elements, regions first, then places, then lines, each in the story's order. */
export function elementLinks(story: Story, elements: Elements): ElementLink[] {
  const regions = story.regions.filter((region) => elements.regions.includes(region.id));
  const places = story.places.filter((place) => elements.places.includes(place.id));
  const relations = story.relations.filter((relation) => elements.relations.includes(relation.id));
  return [
    ...regions.map((region) => ({ selection: { kind: 'region' as const, id: region.id }, name: regionName(region) })),
    ...places.map((place) => ({ selection: { kind: 'place' as const, id: place.id }, name: displayName(place) })),
    ...relations.map((relation) => ({
      selection: { kind: 'relation' as const, id: relation.id },
      name: relation.label,
    })),
  ];
}

export function ElementLinks({
  story,
  elements,
  heading = 'On the map',
}: {
  story: Story;
  elements: Elements;
  heading?: string;
}) {
  const select = useAppStore((state) => state.select);
  const items = elementLinks(story, elements);
  if (items.length === 0) return null;
  return (
    <div className="element-links">
      <h4>{heading}</h4>
      <ul>
        {items.map((link) => (
          <li key={`${link.selection.kind}:${link.selection.id}`}>
            <button
              type="button"
              className={`chip chip--${link.selection.kind}`}
              data-select={`${link.selection.kind}:${link.selection.id}`}
              onClick={() => select(link.selection)}
            >
              {link.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
