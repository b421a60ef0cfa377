// Element ids one part of the page names in another's ARIA attributes: the map is described by the panel's summary.
export const MAP_SUMMARY_ID = 'map-summary';
