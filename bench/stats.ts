// Medians and percentiles of bench measures; missing values (null) are left out.

const present = (values: readonly (number | null | undefined)[]) =>
  values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);

export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = present(values);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const hi = xs[mid] ?? 0;
  return xs.length % 2 === 1 ? hi : ((xs[mid - 1] ?? hi) + hi) / 2;
}

/** The nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly (number | null | undefined)[], p: number): number | null {
  const xs = present(values);
  if (xs.length === 0) return null;
  return xs[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))] ?? null;
}
