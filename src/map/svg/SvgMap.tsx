// The static picture as React: under MapLibre until its first frame, and the whole map where WebGL is missing.
import { createElement, useLayoutEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { sameSelection, type Selection } from '../../state/selection';
import './svgMap.css';
import type { Scene, SceneNode } from './scene';

type Props = {
  scene: Scene;
  /** A box computed for the container (a selection's framing); without it the stylesheet fits the scene's first view. */
  viewBox?: Scene['viewBox'] | undefined;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  title: string;
  /** Shapes are buttons (focusable, named) only when this picture is the map; until MapLibre takes over, a click still picks. */
  asButtons: boolean;
};

type ViewProps = Pick<Props, 'selection' | 'onSelect' | 'asButtons'> & { pixelsPerUnit: number };

function reactProps(node: SceneNode, pixelsPerUnit: number): Record<string, string | number> {
  const { class: className, ...rest } = node.attributes;
  const sized = node.screenSize ? { ...rest, [node.screenSize.attribute]: node.screenSize.px / pixelsPerUnit } : rest;
  return className === undefined ? sized : { ...sized, className };
}

// Screen pixels per scene unit, kept current as the picture resizes.
function usePixelsPerUnit(svg: SVGSVGElement | null, viewBox: string): number {
  const [pixelsPerUnit, setPixelsPerUnit] = useState(1);
  useLayoutEffect(() => {
    if (!svg || typeof ResizeObserver !== 'function') return;
    const measure = () => setPixelsPerUnit(svg.getScreenCTM()?.a || 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svg, viewBox]);
  return pixelsPerUnit;
}

function NodeView({ node, selection, onSelect, asButtons, pixelsPerUnit }: { node: SceneNode } & ViewProps): ReactNode {
  const children = node.text ?? node.children?.map((child, index) => <NodeView key={index} node={child} selection={selection} onSelect={onSelect} asButtons={asButtons} pixelsPerUnit={pixelsPerUnit} />);
  const { select } = node;
  const attributes = reactProps(node, pixelsPerUnit);
  if (!select) return createElement(node.tag, attributes, children);
  const chosen = sameSelection(selection, select.selection);
  const pick = () => onSelect(chosen ? null : select.selection);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    pick();
  };
  if (!asButtons) {
    const className = ['svg-map__pick', node.attributes['class']].filter(Boolean).join(' ');
    return createElement(node.tag, { ...attributes, className, onClick: pick }, children);
  }
  return createElement(
    node.tag,
    { ...attributes, role: 'button', tabIndex: 0, 'aria-label': select.name, 'aria-pressed': chosen, onClick: pick, onKeyDown },
    children,
  );
}

export function SvgMap({ scene, viewBox, selection, onSelect, title, asButtons }: Props) {
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const shownBox = (viewBox ?? scene.viewBox).join(' ');
  const pixelsPerUnit = usePixelsPerUnit(svg, shownBox);
  return (
    <div className={viewBox ? 'svg-map svg-map--fitted' : 'svg-map'}>
      <svg ref={setSvg} className="svg-map__svg" viewBox={shownBox} preserveAspectRatio="xMidYMid meet" role="group" aria-label={title}>
        {scene.nodes.map((node, index) => (
          <NodeView key={index} node={node} selection={selection} onSelect={onSelect} asButtons={asButtons} pixelsPerUnit={pixelsPerUnit} />
        ))}
      </svg>
    </div>
  );
}
