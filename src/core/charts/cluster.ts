// Similarity order for heatmap rows or columns: average-linkage hierarchical clustering
// (nearest-neighbour chain, O(n²) time and memory), leaves read off the dendrogram, so similar
// reports (or codes) end up next to each other. Each feature is scaled to 0–1 first so one
// large column does not dominate. Deterministic: ties go to the lowest index.

/** Leaf order (indices into `vectors`) of the average-linkage dendrogram. */
export function clusterOrder(vectors: readonly (readonly number[])[]): number[] {
  const n = vectors.length;
  if (n <= 2) return vectors.map((_, i) => i);
  const dims = vectors[0].length;
  const scale = Array.from({ length: dims }, (_, d) =>
    Math.max(...vectors.map((v) => Math.abs(v[d] ?? 0)), 0),
  );
  const x = vectors.map((v) => v.map((val, d) => (scale[d] > 0 ? val / scale[d] : 0)));
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += (x[i][d] - x[j][d]) ** 2;
      dist[i * n + j] = dist[j * n + i] = Math.sqrt(s);
    }
  const size = new Array<number>(n).fill(1);
  const leaves: number[][] = vectors.map((_, i) => [i]);
  const active = new Array<boolean>(n).fill(true);
  let left = n;
  const chain: number[] = [];
  while (left > 1) {
    if (!chain.length) chain.push(active.indexOf(true));
    const a = chain[chain.length - 1];
    const prev = chain.length > 1 ? chain[chain.length - 2] : -1;
    let b = prev;
    let best = prev >= 0 ? dist[a * n + prev] : Infinity;
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === a) continue;
      const d = dist[a * n + c];
      if (d < best) {
        best = d;
        b = c;
      }
    }
    if (b !== prev) {
      chain.push(b);
      continue;
    }
    // a and b are reciprocal nearest neighbours: merge them into the lower index.
    chain.length -= 2;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === drop) continue;
      const d =
        (size[keep] * dist[keep * n + c] + size[drop] * dist[drop * n + c]) /
        (size[keep] + size[drop]);
      dist[keep * n + c] = dist[c * n + keep] = d;
    }
    leaves[keep] = [...leaves[keep], ...leaves[drop]];
    size[keep] += size[drop];
    active[drop] = false;
    left--;
  }
  return leaves[active.indexOf(true)];
}
