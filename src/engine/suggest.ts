/** Rows of the distance table, reused between calls (names are short; they grow when one is not). */
let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

/**
 * Levenshtein distance; `limit + 1` once it exceeds a finite `limit`. With a limit only the diagonal band of
 * the table within `limit` of the diagonal is computed (a cell further off costs more than `limit`), and it
 * stops at the first row whose every cell exceeds it.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previousRow.length <= b.length + 1) {
    previousRow = new Uint32Array(b.length + 2);
    currentRow = new Uint32Array(b.length + 2);
  }
  // Outside the band: more than the limit (a finite stand-in for infinity).
  const over = Number.isFinite(limit) ? limit + 1 : a.length + b.length + 1;
  const band = Number.isFinite(limit) ? limit : over;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= band ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    current[from - 1] = from === 1 && i <= band ? i : over;
    let rowMin = current[from - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

/**
 * The candidate closest to `name`, when it is close enough to be a plausible typo
 * (at most a third of the name's length, and at least 1, edits away) and no other candidate ties.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const d = editDistance(name, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
