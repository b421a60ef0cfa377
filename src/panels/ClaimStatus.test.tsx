// @vitest-environment jsdom
// What a reader sees of a claim on a later day: in the list, a flag only where a sourced timeline entry changed or ended
// the claim; on its card, the change with its linked source, and what the map draws instead.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { createAppStore } from '../state/store';
import { AppStoreContext } from '../state/react/useAppStore';
import { ClaimCard } from './ClaimCard';
import { ClaimList } from './ClaimList';
import type { ReactNode } from 'react';

afterEach(cleanup);
const story = loadShippedStory();

function renderOn(date: string, ui: ReactNode) {
  const store = createAppStore();
  act(() => store.getState().chooseDate(date));
  render(<AppStoreContext.Provider value={store}>{ui}</AppStoreContext.Provider>);
}

const flags = (): Record<string, string> =>
  Object.fromEntries(
    [...document.querySelectorAll('[data-claim]')].flatMap((item): [string, string][] => {
      const flag = item.querySelector('[data-claim-status]');
      return flag ? [[item.getAttribute('data-claim') ?? '', flag.textContent]] : [];
    }),
  );

describe('the claim list', () => {
  test('on the article’s day no claim is flagged', () => {
    renderOn('2020-09-30', <ClaimList story={story} />);
    expect(flags()).toEqual({});
  });

  test('today, only the states a timeline entry names are flagged, each with what changed and its source', () => {
    renderOn('2026-11-28', <ClaimList story={story} />);
    expect(flags()).toEqual({
      status:
        'Changed on 30 September 2023: Most of the region’s ethnic Armenians, more than 100,000 people, have left for Armenia. (The Business Standard; UNHCR)',
      'russia-armenia-alliance':
        'Changed on 22 February 2024: Armenia froze its participation in the Russia-led CSTO; it did not leave, and Russia’s Gyumri base remains under a separate treaty. (Asbarez; Novaya Gazeta Europe; EVN Report)',
      'russia-azerbaijan-ties':
        'Changed on 22 February 2022: Russia and Azerbaijan signed a Declaration on Allied Interaction, raising their ties to the level of allies. (AZERTAC)',
      'minsk-group-members':
        'No longer holds since 30 November 2025: The OSCE closed the Minsk process: Russia, France and the US no longer co-chair a Minsk Group. (Mediamax; Trend News Agency, via MENAFN)',
    });
  });
});

describe('a claim’s card', () => {
  const claim = (id: string) => {
    const found = story.claims.find((each) => each.id === id);
    if (!found) throw new Error(`no claim ${id}`);
    return found;
  };

  test('a changed state says when and what, and links its sources', () => {
    renderOn('2026-11-28', <ClaimCard story={story} claim={claim('russia-armenia-alliance')} />);
    const note = document.querySelector('.claim-status');
    expect(note?.querySelector('h4')?.textContent).toBe('Changed on 22 February 2024');
    expect(note?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/asbarez\.com\//);
    // The claim's text stays; the map note says the line is drawn frozen, not gone.
    expect(document.querySelector('h2, h3')?.textContent).toBe('Russia is in a military alliance with Armenia.');
    // The freeze is told once: the map note names it and points up.
    expect(document.querySelector('.map-now')?.textContent).toMatch(
      /Military alliance \(CSTO\) is drawn as frozen\. Since 22 February 2024 \(Armenia freezes its CSTO role, above\)\./,
    );
    expect(screen.getAllByRole('link', { name: 'Asbarez' })).toHaveLength(1);
  });

  test('an event is never flagged, even where the map no longer draws what it names', () => {
    renderOn('2026-11-28', <ClaimCard story={story} claim={claim('aliyev-vow')} />);
    expect(document.querySelector('.claim-status')).toBeNull();
    const mapNow = document.querySelector('.map-now')?.textContent ?? '';
    expect(mapNow).toMatch(/Nagorno-Karabakh is not drawn\. Since 1 January 2024 \(Dissolution\)/);
    expect(mapNow).toMatch(/Fighting over Nagorno-Karabakh is drawn as ended\. Since 20 September 2023 \(Surrender\)/);
  });
});
