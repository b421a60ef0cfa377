// Numbers as readers expect them: grouped digits, units written out, signed percentages.
import { km2ToMi2 } from '../geometry/area';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const signedPercent = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Intl has no square units (ECMA-402 sanctions only linear ones), so the unit is written beside the number.
export function formatKm2(km2: number): string {
  return `${whole.format(km2)} km²`;
}

export function formatMi2(km2: number): string {
  return `${whole.format(km2ToMi2(km2))} sq mi`;
}

export function formatPercentDifference(percent: number): string {
  return signedPercent.format(percent / 100);
}

export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}
