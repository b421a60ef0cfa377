// The area card: areas computed from the outlines (with provenance), the article's figure, and published figures.
import { useMemo } from 'react';
import type { GeoData } from '../geometry/geoData';
import { compareAreas, type AreaRow } from '../story/areaComparison';
import { dayOfOutline, outlineOn } from '../time/validity';
import type { Region, Story } from '../story/model/schema';
import { useAppStore, useShownDate } from '../state/react/useAppStore';
import { formatKm2, formatMi2, formatPercentDifference } from '../ui/format';
import { SourceList } from './SourceList';

const METHOD =
  'Computed in your browser from the outline’s geometry: spherical area (turf.area, mean Earth radius 6,371,008.8 m).';

function Difference({ row }: { row: AreaRow }) {
  if (row.differencePct === null) return <td>—</td>;
  return <td>{formatPercentDifference(row.differencePct)}</td>;
}

// Each outline belongs to a span of time: picking one moves the map to a day on which it is drawn.
function OutlineChooser({
  region,
  drawn,
  articleDay,
}: {
  region: Region;
  drawn: string | undefined;
  articleDay: string;
}) {
  const chooseDate = useAppStore((state) => state.chooseDate);
  if (region.outlines.length < 2) return null;
  return (
    <fieldset className="outline-chooser">
      <legend>Outline drawn on the map</legend>
      {region.outlines.map((outline) => (
        <label key={outline.id}>
          <input
            type="radio"
            name={`outline-${region.id}`}
            value={outline.id}
            checked={outline.id === drawn}
            onChange={() => chooseDate(dayOfOutline(outline, articleDay))}
          />{' '}
          {outline.label}
        </label>
      ))}
    </fieldset>
  );
}

export function AreaComparison({ story, geo, region }: { story: Story; geo: GeoData; region: Region }) {
  const date = useShownDate(story.article.eventDate);
  const drawn = outlineOn(region, date)?.id;
  const { rows, baseline } = useMemo(() => compareAreas(story, geo, region, drawn), [story, geo, region, drawn]);
  const current = rows.find((row) => row.drawnNow);
  const byArticle = baseline?.kind === 'article';
  return (
    <section className="area-comparison" aria-labelledby="area-title">
      <h4 id="area-title">Area</h4>
      {current ? (
        <p className="area-comparison__headline" data-testid="computed-area">
          <strong>{formatKm2(current.km2)}</strong> ({formatMi2(current.km2)}), computed from the outline on the map.
        </p>
      ) : null}
      <OutlineChooser region={region} drawn={drawn} articleDay={story.article.eventDate} />
      <table className="area-table">
        <caption>
          {byArticle
            ? 'The article’s figure against the outlines and published figures'
            : 'The area on the map against published figures'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">km²</th>
            <th scope="col">sq mi</th>
            {baseline ? <th scope="col">{byArticle ? 'Article’s figure vs this' : 'Map’s figure vs this'}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={`area-row area-row--${row.kind}${row.drawnNow ? ' area-row--drawn' : ''}`}
              data-row={row.key}
            >
              <th scope="row">
                {row.label}
                <span className="area-row__kind">
                  {row.kind === 'computed'
                    ? row.drawnNow
                      ? ' · computed, on the map'
                      : ' · computed'
                    : row.kind === 'article'
                      ? ' · the article'
                      : ' · published'}
                </span>
              </th>
              <td>{formatKm2(row.km2).replace(' km²', '')}</td>
              <td>{formatMi2(row.km2).replace(' sq mi', '')}</td>
              {baseline ? <Difference row={row} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <details className="area-comparison__provenance">
        <summary>How these figures were made</summary>
        <p>{METHOD}</p>
        <ul>
          {rows.map((row) => (
            <li key={row.key}>
              <strong>{row.label}.</strong> {row.what ?? ''}{' '}
              {row.provenance
                ? `${row.provenance.dataset}, ${row.provenance.scale}; ${row.provenance.processing}.`
                : ''}
              <SourceList story={story} ids={row.sources} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
