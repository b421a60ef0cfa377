// Property tests: the shipped story, mutated at random, always gets an answer (problems or success), never an exception.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadShippedGeo } from '../../geometry/fixtures/shippedGeo';
import { readShippedStoryJson } from '../fixtures/shippedStory';
import { parseStory } from '../parse';
import { validateStoryText, type ValidationResult } from './validateStory';

const regions = loadShippedGeo().regions;

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'retype' };

/** Walks `steps` (each picks a child by index) down from the root, and changes the value it lands on. */
function mutate(root: unknown, steps: readonly number[], mutation: Mutation): unknown {
  const copy = structuredClone(root);
  let parent: unknown = null;
  let key: string | number | null = null;
  let node: unknown = copy;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    if (keys.length === 0) break;
    const next = keys[step % keys.length] ?? 0;
    parent = node;
    key = next;
    node = (node as Record<string | number, unknown>)[next];
  }
  if (parent === null || key === null) return mutation.kind === 'replace' ? mutation.value : [];
  const container = parent as Record<string | number, unknown>;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else Reflect.deleteProperty(container, key);
  } else if (mutation.kind === 'replace') {
    container[key] = mutation.value;
  } else {
    container[key] =
      typeof node === 'string'
        ? 42
        : typeof node === 'number'
          ? String(node)
          : Array.isArray(node)
            ? { items: node }
            : [node];
  }
  return copy;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.constant<Mutation>({ kind: 'retype' }),
  fc
    .oneof(
      fc.jsonValue(),
      fc.constantFrom(
        '',
        ' ',
        'javascript:alert(1)',
        '<img src=x onerror=alert(1)>',
        '__proto__',
        '2020-13-45',
        'x'.repeat(5000),
      ),
      fc.constantFrom(Number.NaN, -1e308, 1e308, -0, 181, -91),
    )
    .map((value): Mutation => ({ kind: 'replace', value })),
);

const stepsArbitrary = fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 });

function assertAnswered(result: ValidationResult) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message).not.toMatch(/^could not be (checked|read)/);
  }
}

// Hundreds of whole validations per test: seconds on a busy two-core machine, more than the default 5 s.
describe('validation never throws', { timeout: 60_000 }, () => {
  const shipped = readShippedStoryJson();

  test('on random mutations of the shipped story (text in)', () => {
    fc.assert(
      fc.property(stepsArbitrary, mutationArbitrary, (steps, mutation) => {
        assertAnswered(validateStoryText(JSON.stringify(mutate(shipped, steps, mutation)), regions));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('on several stacked mutations (value in)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stepsArbitrary, mutationArbitrary), { minLength: 2, maxLength: 6 }), (edits) => {
        const mutated = edits.reduce((story, [steps, mutation]) => mutate(story, steps, mutation), shipped);
        const result = parseStory(mutated);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  test('on truncated and spliced text', () => {
    const text = JSON.stringify(shipped, null, 2);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 4 }), (cut, insert) => {
        assertAnswered(validateStoryText(text.slice(0, cut) + insert + text.slice(cut + 1), regions));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
