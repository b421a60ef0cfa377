// Computed styles of elements: of the first element a selector matches, and of elements the page's own script cannot
// reach: the browser's parts of a field (its calendar button, a list's arrow) live in shadow trees closed to the page,
// which the DevTools protocol walks into.
import type { Page } from '@playwright/test';

/** One computed property of the first element `selector` matches. */
export const styleOf = (page: Page, selector: string, property: string): Promise<string> =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

export type ElementStyle = {
  name: string;
  /** The part a browser's own shadow element is, e.g. `-webkit-calendar-picker-indicator`. */
  pseudo: string | undefined;
  /** Empty for an element that is not rendered (a details' unused default summary). */
  style: Record<string, string>;
};

type DomNode = {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

function descendants(node: DomNode): DomNode[] {
  return [node, ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(descendants)];
}

/** A node's attribute, from the protocol's flat list of names and values. */
function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let at = 0; at + 1 < list.length; at += 2) if (list[at] === name) return list[at + 1];
  return undefined;
}

/** Every element in the page, or in the first element `selector` matches, shadow parts included, with its style. */
export async function elementStyles(page: Page, selector?: string): Promise<ElementStyle[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    // `pierce` walks into shadow trees, the browser's own included.
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let top = root;
    if (selector !== undefined) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const found = descendants(root).find((node) => node.nodeId === nodeId);
      if (!found) throw new Error(`no element matches ${selector}`);
      top = found;
    }
    const styles: ElementStyle[] = [];
    for (const node of descendants(top).filter((each) => each.nodeType === 1)) {
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId });
      styles.push({
        name: node.nodeName,
        pseudo: attribute(node, 'pseudo'),
        style: Object.fromEntries(computedStyle.map(({ name, value }) => [name, value])),
      });
    }
    return styles;
  } finally {
    await cdp.detach();
  }
}
