// A story n times the size of a given one, for the scale bench (issue 14): its places, relations, claims and facts
// copied n times under new ids, each copy's places shifted so that pins spread over the region instead of stacking.
// Regions, sources, the article, the timeline and the area figures stay single: a bigger story has more to say about
// the same ground, not more countries.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The lists whose items are copied, and whose ids the copies rename wherever they are referred to. */
const COPIED = ['places', 'relations', 'claims', 'facts'] as const;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where the copied lists refer to each other's ids: a relation's ends, and what a claim or fact is about. */
function renameRefs(list: (typeof COPIED)[number], item: JsonObject, rename: (id: Json) => Json): JsonObject {
  const out: JsonObject = { ...item, id: rename(item['id'] ?? null) };
  if (list === 'relations') {
    out['from'] = rename(item['from'] ?? null);
    out['to'] = rename(item['to'] ?? null);
  }
  const key = list === 'claims' ? 'elements' : list === 'facts' ? 'about' : null;
  const elements = key ? item[key] : undefined;
  if (key && isObject(elements)) {
    const renamed: JsonObject = { ...elements };
    for (const kind of ['places', 'relations'])
      if (Array.isArray(elements[kind])) renamed[kind] = elements[kind].map(rename);
    out[key] = renamed;
  }
  return out;
}

/** Copy k's offset in degrees, on a sunflower spiral: every copy its own spot, 50 copies within about 1.8° of the original. */
function offset(copy: number): [number, number] {
  const radius = 0.25 * Math.sqrt(copy);
  const angle = copy * GOLDEN_ANGLE;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The story `factor` times over (factor 1: the story as it is). Throws on a story without the copied lists. */
export function scaleStory(story: unknown, factor: number): JsonObject {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale factor must be a whole number ≥ 1: ${factor}`);
  const base = story as JsonObject;
  if (!isObject(base)) throw new Error('a story is a JSON object');
  const ids = new Set<string>();
  for (const list of COPIED) {
    const items = base[list];
    if (!Array.isArray(items)) throw new Error(`the story has no ${list} list`);
    for (const item of items) if (isObject(item) && typeof item['id'] === 'string') ids.add(item['id']);
  }
  const id = typeof base['id'] === 'string' ? base['id'] : 'story';
  const scaled: JsonObject = { ...base, id: `${id}-x${factor}` };
  for (const list of COPIED) scaled[list] = [];
  for (let copy = 0; copy < factor; copy++) {
    const rename = (id: Json): Json => (copy > 0 && typeof id === 'string' && ids.has(id) ? `${id}-${copy}` : id);
    const [dx, dy] = offset(copy);
    for (const list of COPIED) {
      const target = scaled[list] as Json[];
      for (const item of base[list] as Json[]) {
        if (!isObject(item)) throw new Error(`an item of ${list} is not an object`);
        const renamedItem = renameRefs(list, item, rename);
        if (list === 'places' && copy > 0) {
          const at = renamedItem['coordinates'];
          if (Array.isArray(at) && typeof at[0] === 'number' && typeof at[1] === 'number')
            renamedItem['coordinates'] = [round(at[0] + dx), round(at[1] + dy)];
        }
        target.push(renamedItem);
      }
    }
  }
  return scaled;
}
