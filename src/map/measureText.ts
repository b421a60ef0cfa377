// The browser's own text widths for label placement (a canvas measures as the page draws), remembered per text and font.
import type { LabelFont, Measure } from './model/labels';
import { estimateWidth } from './model/labels';
import { THEME } from './model/theme';

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

export const measureText: Measure = (text: string, font: LabelFont): number => {
  const key = `${font.italic ? 'i' : ''}${font.weight} ${font.size} ${font.letterSpacing}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let width = estimateWidth(text, font);
  if (context) {
    context.font = `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${THEME.label.font}`;
    context.letterSpacing = `${font.letterSpacing}px`;
    width = context.measureText(text).width;
  }
  widths.set(key, width);
  return width;
};

/** The phone layout (the page's breakpoint): labels are 16 px there. */
export const isPhone = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 760px)').matches;
