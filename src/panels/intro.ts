// The panel's opening words, shared with the build-time first view so the text the reader sees first stays put.
export const PANEL_INTRO =
  'Pick a claim to see it on the map, or pick a region, pin or line on the map to read what the article and the sources say about it. Escape shows the whole story again.';
