// Paints a scene on a 2D canvas (Path2D takes the scene's SVG path data): the PNG download, with or without WebGL.
import type { Scene, SceneNode, SvgAttributes } from '../svg/scene';

const num = (attributes: SvgAttributes, name: string, fallback: number): number => {
  const value = attributes[name];
  return typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : fallback;
};
const str = (attributes: SvgAttributes, name: string): string | undefined => {
  const value = attributes[name];
  return value === undefined ? undefined : String(value);
};

function paint(
  context: CanvasRenderingContext2D,
  attributes: SvgAttributes,
  shape: Path2D | null,
  text?: { content: string; x: number; y: number },
): void {
  const fill = str(attributes, 'fill') ?? '#000';
  const stroke = str(attributes, 'stroke');
  const strokeWidth = num(attributes, 'strokeWidth', 1);
  const dash = str(attributes, 'strokeDasharray');
  context.setLineDash(dash ? dash.split(',').map(Number) : []);
  context.lineWidth = strokeWidth;
  context.lineJoin = str(attributes, 'strokeLinejoin') === 'round' ? 'round' : 'miter';
  const doStroke = () => {
    if (!stroke || stroke === 'none') return;
    context.globalAlpha = num(attributes, 'strokeOpacity', 1);
    context.strokeStyle = stroke;
    if (text) context.strokeText(text.content, text.x, text.y);
    else if (shape) context.stroke(shape);
  };
  const doFill = () => {
    if (fill === 'none') return;
    context.globalAlpha = num(attributes, 'fillOpacity', 1);
    context.fillStyle = fill;
    if (text) context.fillText(text.content, text.x, text.y);
    else if (shape) context.fill(shape);
  };
  if (str(attributes, 'paintOrder') === 'stroke') {
    doStroke();
    doFill();
  } else {
    doFill();
    doStroke();
  }
  context.globalAlpha = 1;
}

function drawNode(context: CanvasRenderingContext2D, node: SceneNode): void {
  if (node.interactiveOnly) return;
  const { attributes } = node;
  switch (node.tag) {
    case 'g':
      for (const child of node.children ?? []) drawNode(context, child);
      return;
    case 'path':
      paint(context, attributes, new Path2D(str(attributes, 'd') ?? ''));
      return;
    case 'circle': {
      const shape = new Path2D();
      shape.arc(num(attributes, 'cx', 0), num(attributes, 'cy', 0), num(attributes, 'r', 0), 0, Math.PI * 2);
      paint(context, attributes, shape);
      return;
    }
    case 'rect': {
      const shape = new Path2D();
      shape.rect(
        num(attributes, 'x', 0),
        num(attributes, 'y', 0),
        num(attributes, 'width', 0),
        num(attributes, 'height', 0),
      );
      paint(context, attributes, shape);
      return;
    }
    case 'text': {
      context.font = `${str(attributes, 'fontStyle') ?? 'normal'} ${str(attributes, 'fontWeight') ?? 400} ${num(attributes, 'fontSize', 12)}px system-ui, sans-serif`;
      context.textAlign = str(attributes, 'textAnchor') === 'middle' ? 'center' : 'left';
      context.letterSpacing = `${num(attributes, 'letterSpacing', 0)}px`;
      paint(context, attributes, null, {
        content: node.text ?? '',
        x: num(attributes, 'x', 0),
        y: num(attributes, 'y', 0),
      });
      context.letterSpacing = '0px';
    }
  }
}

/** Draws the scene so that its viewBox fills the canvas (the viewBox must have the canvas's aspect ratio). */
export function drawScene(context: CanvasRenderingContext2D, scene: Scene, background: string): void {
  const { width, height } = context.canvas;
  const [x, y, boxWidth] = scene.viewBox;
  context.save();
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  const scale = width / boxWidth;
  context.setTransform(scale, 0, 0, scale, -x * scale, -y * scale);
  for (const node of scene.nodes) drawNode(context, node);
  context.restore();
}
