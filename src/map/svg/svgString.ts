// A scene as SVG markup: for the build-time first paint and for "Download SVG". Static: no hit areas, no handlers.
import type { Scene, SceneNode, SvgAttributes } from './scene';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** React's camelCase SVG attribute names back to their markup names (strokeWidth → stroke-width). */
function markupName(name: string): string {
  if (name === 'viewBox' || name === 'preserveAspectRatio' || name.startsWith('data-')) return name;
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function attributesMarkup(attributes: SvgAttributes): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${markupName(name)}="${escapeXml(String(value))}"`)
    .join('');
}

function nodeMarkup(node: SceneNode): string {
  if (node.interactiveOnly) return '';
  const inner = node.text !== undefined ? escapeXml(node.text) : (node.children ?? []).map(nodeMarkup).join('');
  return `<${node.tag}${attributesMarkup(node.attributes)}>${inner}</${node.tag}>`;
}

export function sceneToSvg(scene: Scene, svgAttributes: SvgAttributes, title: string): string {
  const attributes = { xmlns: 'http://www.w3.org/2000/svg', viewBox: scene.viewBox.join(' '), ...svgAttributes };
  return `<svg${attributesMarkup(attributes)}><title>${escapeXml(title)}</title>${scene.nodes.map(nodeMarkup).join('')}</svg>`;
}
