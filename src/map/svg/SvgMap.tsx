// The static picture as React: under MapLibre until its first frame, and the whole map where WebGL is missing.
import { createElement, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { sameSelection, type Selection } from '../../story/selection';
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
  /** The invisible finger targets; the first view, which is in the page's HTML, leaves them out to keep it small. */
  hitAreas: boolean;
};

type PickProps = Pick<Props, 'selection' | 'onSelect' | 'asButtons' | 'hitAreas'>;

function reactProps(node: SceneNode): Record<string, string | number> {
  const { class: className, ...rest } = node.attributes;
  return className === undefined ? rest : { ...rest, className };
}

function SceneNodeElement({ node, ...props }: { node: SceneNode } & PickProps): ReactNode {
  const { selection, onSelect, asButtons, hitAreas } = props;
  if (node.interactiveOnly && !hitAreas) return null;
  const children =
    node.text ??
    node.children?.map((child, index) => <SceneNodeElement key={child.key ?? index} node={child} {...props} />);
  const { select } = node;
  const attributes = reactProps(node);
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
    {
      ...attributes,
      role: 'button',
      tabIndex: 0,
      'aria-label': select.name,
      'aria-pressed': chosen,
      onClick: pick,
      onKeyDown,
    },
    children,
  );
}

export function SvgMap({ scene, viewBox, title, ...props }: Props) {
  const shownBox = (viewBox ?? scene.viewBox).join(' ');
  // The stylesheet sizes text in screen pixels from this (phones' 16-px minimum). At the first view's scale it is left to
  // the stylesheet's default: the page's policy refuses style attributes in the HTML, and the first view is in the HTML.
  const style = scene.unitsPerPixel === 1 ? undefined : ({ '--units-per-px': scene.unitsPerPixel } as CSSProperties);
  return (
    <div className={viewBox ? 'svg-map svg-map--fitted' : 'svg-map'}>
      <svg
        className="svg-map__svg"
        viewBox={shownBox}
        style={style}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={title}
      >
        {scene.nodes.map((node, index) => (
          <SceneNodeElement key={node.key ?? index} node={node} {...props} />
        ))}
      </svg>
    </div>
  );
}
