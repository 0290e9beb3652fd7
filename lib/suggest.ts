/**
 * What a doubled letter costs to add or drop. Plain Levenshtein counts it as
 * a whole edit; Finnish spelling hinges on long vowels and geminates
 * (moniammat*t*illinen, erikoi*s*sairaanhoito), the commonest slip, so search
 * passes 0.5.
 */
export interface EditCosts {
  readonly doubling: number;
}

const PLAIN: EditCosts = { doubling: 1 };

/** Edit distance, two rows at a time; adding or dropping a letter next to the same letter costs `costs.doubling`. */
export function editDistance(a: string, b: string, costs: EditCosts = PLAIN): number {
  const indel = (word: string, at: number) =>
    word[at] === word[at - 1] || word[at] === word[at + 1] ? costs.doubling : 1;
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + indel(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const current = [previous[0]! + indel(a, i - 1)];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + indel(a, i - 1), current[j - 1]! + indel(b, j - 1), substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be what was meant. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** " — did you mean `x`?" or a short list of what is allowed. */
export function suggestion(wanted: string, candidates: readonly string[]): string {
  const near = closest(wanted, candidates);
  if (near !== undefined) return `did you mean \`${near}\`?`;
  const shown = candidates
    .slice(0, 8)
    .map((c) => `\`${c}\``)
    .join(", ");
  return candidates.length > 8 ? `expected one of ${shown}, …` : `expected one of ${shown}`;
}
