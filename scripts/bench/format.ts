/** Number formatting and the statistics the table prints. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `1 234.5 kB`-style sizes in kB of 1000 bytes, as bundle sizes are usually quoted. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** The median and, in brackets, the range of the runs. */
export function msSpread(values: readonly number[]): string {
  return `${ms(median(values))} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
}

export function MB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function count(value: number): string {
  return value.toLocaleString('en');
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** `≤ 25 kB ✓` or `≤ 25 kB ✗`. */
export function verdict(target: string, met: boolean): string {
  return `${target} ${met ? '✓' : '✗'}`;
}
