// A constructive schedule with no repeated pair: the parallel classes of the affine plane of
// prime order q seat q² people in q groups of q over up to q + 1 rounds, every pair meeting at most once.

/** Whether q is a prime. */
function isPrime(q: number): boolean {
  if (q < 2 || !Number.isInteger(q)) return false;
  for (let f = 2; f * f <= q; f++) if (q % f === 0) return false;
  return true;
}

/**
 * Rounds of q groups of q people (indices 0 … q²−1) in which no pair meets twice, or null when
 * n is not the square of a prime or more than q + 1 rounds are asked for. Round r groups the
 * points (x, y) of Z_q² by the lines of slope r (the last round by the vertical lines).
 */
export function affinePlaneRounds(n: number, rounds: number): number[][][] | null {
  const q = Math.round(Math.sqrt(n));
  if (q * q !== n || !isPrime(q) || rounds < 1 || rounds > q + 1) return null;
  const out: number[][][] = [];
  for (let r = 0; r < rounds; r++) {
    const groups: number[][] = Array.from({ length: q }, () => []);
    for (let x = 0; x < q; x++) {
      for (let y = 0; y < q; y++) {
        const line = r === q ? x : (((y - r * x) % q) + q) % q;
        groups[line]!.push(x * q + y);
      }
    }
    out.push(groups);
  }
  return out;
}
