// The pictures "Download image" saves, loaded on the first click: they are not part of the first load.
import { formatDate } from '../../ui/format';
import { saveFile } from '../../ui/saveFile';
import type { Story } from '../../story/model/schema';
import { PALETTE } from '../model/palette';
import { viewBoxFor, type Scene } from '../svg/scene';
import type { Framing } from '../model/mercator';
import { sceneToSvg } from '../svg/svgString';
import { CAPTION_BAND as BAND } from './captions';
import { drawScene } from './drawScene';

const CREDITS = 'Made with Natural Earth · world-atlas';

function captions(story: Story): { title: string; footer: string } {
  const { article } = story;
  return {
    title: article.title,
    footer: `${CREDITS} · ${article.outlet}, ${formatDate(article.published)} · events of ${formatDate(article.eventDate)}`,
  };
}

function drawCaptions(context: CanvasRenderingContext2D, story: Story, scale: number): void {
  const { width, height } = context.canvas;
  const { title, footer } = captions(story);
  context.save();
  context.scale(scale, scale);
  const [cssWidth, cssHeight] = [width / scale, height / scale];
  context.fillStyle = 'rgb(255 253 249 / 0.92)';
  context.fillRect(0, 0, cssWidth, BAND);
  context.fillRect(0, cssHeight - BAND + 8, cssWidth, BAND - 8);
  context.fillStyle = PALETTE.highlight;
  context.font = '700 15px system-ui, sans-serif';
  context.fillText(title, 10, 22, cssWidth - 20);
  context.font = '400 12px system-ui, sans-serif';
  context.fillText(footer, 10, cssHeight - 10, cssWidth - 20);
  context.restore();
}

export function savePng(story: Story, scene: Scene, framing: Framing): void {
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(framing.size.width * ratio);
  canvas.height = Math.round(framing.size.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  drawScene(context, { ...scene, viewBox: viewBoxFor(framing.frame, framing.size) }, PALETTE.sea);
  drawCaptions(context, story, ratio);
  canvas.toBlob((blob) => blob && saveFile(blob, `${story.id}-map.png`), 'image/png');
}

export function saveSvg(story: Story, scene: Scene, framing: Framing): void {
  const { width, height } = framing.size;
  const { title, footer } = captions(story);
  const map = sceneToSvg({ ...scene, viewBox: viewBoxFor(framing.frame, framing.size) }, { width, height }, title);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif">` +
    `<rect width="${width}" height="${height}" fill="${PALETTE.sea}"/>${map}` +
    `<rect width="${width}" height="${BAND}" fill="#fffdf9" fill-opacity="0.92"/><text x="10" y="22" font-size="15" font-weight="700">${escape(title)}</text>` +
    `<rect y="${height - BAND + 8}" width="${width}" height="${BAND - 8}" fill="#fffdf9" fill-opacity="0.92"/><text x="10" y="${height - 10}" font-size="12">${escape(footer)}</text></svg>`;
  saveFile(new Blob([markup], { type: 'image/svg+xml' }), `${story.id}-map.svg`);
}
