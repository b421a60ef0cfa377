// Duplicate field names: JSON.parse keeps the last one silently, so a stray `"claims": []` at the end of a story would
// give a story with no claims. The parsed tree keeps both: walk it and name each repeat. Pure; no recursion.
import type { Node } from 'jsonc-parser';

export type DuplicateKey = { path: string; message: string; offset: number };

export function duplicateKeys(tree: Node): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: { node: Node; path: string[] }[] = [{ node: tree, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (node.type === 'array')
      (node.children ?? []).forEach((child, index) => stack.push({ node: child, path: [...path, String(index)] }));
    if (node.type !== 'object') continue;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const name = key.value;
      const propertyPath = [...path, name];
      if (seen.has(name))
        found.push({
          path: propertyPath.join('.'),
          message: `is given twice in the same object; JSON keeps only the last, so remove one of them`,
          offset: key.offset,
        });
      seen.add(name);
      if (value) stack.push({ node: value, path: propertyPath });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
