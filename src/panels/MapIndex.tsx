// Everything on the map as lists of buttons, with the map's summary in words: the way to the map that needs no canvas.
import { memo, useMemo, useState } from 'react';
import { mapSummary } from '../story/describe';
import { sameSelection } from '../story/selection';
import type { RelationType, Story } from '../story/model/schema';
import { useAppStore, useShownDate } from '../state/react/useAppStore';
import type { AppActions } from '../state/store';
import { outlineOn, storyOn } from '../time/validity';
import { elementLinks, type ElementLink } from './ElementLinks';
import { LineSwatch } from './LineSwatch';
import { MAP_SUMMARY_ID } from '../ui/ids';
import { rowsShown } from './longList';
import { MoreRows } from './MoreRows';

const GROUPS = [
  { kind: 'region', title: 'Regions' },
  { kind: 'place', title: 'Places' },
  { kind: 'relation', title: 'Lines' },
] as const;

// A row re-renders only when it is chosen or let go: a selection redraws two rows, not every element of the story.
const IndexRow = memo(function IndexRow({
  indexKey,
  link,
  lineType,
  chosen,
  select,
}: {
  /** `kind:id`, the row's key and its data-index. */
  indexKey: string;
  link: ElementLink;
  lineType: RelationType | undefined;
  chosen: boolean;
  select: AppActions['select'];
}) {
  return (
    <li>
      <button
        type="button"
        className="index-item"
        data-index={indexKey}
        aria-pressed={chosen}
        onClick={() => select(chosen ? null : link.selection)}
      >
        {lineType ? <LineSwatch type={lineType} /> : null}
        <span>{link.name}</span>
      </button>
    </li>
  );
});

export function MapIndex({ story }: { story: Story }) {
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  // The groups whose every row the reader asked to see, in this story: another story starts short again.
  const [opened, setOpened] = useState<{ story: Story | null; kinds: ReadonlySet<string> }>({
    story: null,
    kinds: new Set(),
  });
  const openedKinds = opened.story === story ? opened.kinds : new Set<string>();
  // The summary says what the map draws on the day shown; the lists keep everything, whose cards say when it held.
  const date = useShownDate(story.article.eventDate);
  const summary = useMemo(() => {
    const shown = storyOn(story, date);
    const drawn = {
      ...story,
      regions: shown.regions.filter((region) => outlineOn(region, date)),
      relations: shown.relations,
    };
    return mapSummary(drawn, shown.statuses);
  }, [story, date]);
  const groups = useMemo(() => {
    const all = elementLinks(story, {
      regions: story.regions.map((region) => region.id),
      places: story.places.map((place) => place.id),
      relations: story.relations.map((relation) => relation.id),
    });
    const lineTypes = new Map(story.relations.map((relation) => [relation.id, relation.type]));
    return GROUPS.map((group) => ({
      ...group,
      rows: all
        .filter((link) => link.selection.kind === group.kind)
        .map((link) => ({
          key: `${link.selection.kind}:${link.selection.id}`,
          link,
          lineType: link.selection.kind === 'relation' ? lineTypes.get(link.selection.id) : undefined,
        })),
    }));
  }, [story]);
  return (
    <section className="map-index" aria-labelledby="map-index-title">
      <h3 id="map-index-title">Everything on the map</h3>
      <p id={MAP_SUMMARY_ID} className="map-index__summary">
        {summary}
      </p>
      {groups.map((group) => {
        const shown = rowsShown(group.rows, openedKinds.has(group.kind), (row) =>
          sameSelection(selection, row.link.selection),
        );
        return (
          <div key={group.kind} className="map-index__group">
            <h4>{group.title}</h4>
            <ul>
              {shown.map(({ key, link, lineType }) => (
                <IndexRow
                  key={key}
                  indexKey={key}
                  link={link}
                  lineType={lineType}
                  chosen={sameSelection(selection, link.selection)}
                  select={select}
                />
              ))}
            </ul>
            <MoreRows
              hidden={group.rows.length - shown.length}
              noun={group.title.toLowerCase()}
              onShow={() => setOpened({ story, kinds: new Set([...openedKinds, group.kind]) })}
            />
          </div>
        );
      })}
    </section>
  );
}
