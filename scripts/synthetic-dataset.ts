/** A valid dataset with its own synthetic actors spread over East and South-East Asia, and `count` flows. */
export function syntheticDataset(count: number): unknown {
  const actorCount = Math.min(400, Math.max(4, Math.ceil(Math.sqrt(count / 3)) + 2));
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    code: `S${String(i).padStart(3, '0')}`,
    name: `Synthetic ${i}`,
    role: i === 0 ? 'focus' : 'partner',
    capital: { name: `City ${i}`, lon: 95 + ((i * 37) % 35), lat: -8 + ((i * 53) % 50), sources: ['s'] },
  }));
  const flows = [];
  const years = [2016, 2017, 2021];
  let n = 0;
  outer: for (const year of years) {
    for (let a = 0; a < actorCount; a++) {
      for (let b = 0; b < actorCount; b++) {
        if (a === b) continue;
        if (n >= count) break outer;
        flows.push({
          id: `f${n}`,
          year,
          from: actors[a]!.code,
          to: actors[b]!.code,
          type: 'directed',
          valueUsd: 1e6 + ((n * 7919) % 1000) * 1e6,
          series: 'synthetic',
          evidence: 'derived',
          method: 'synthetic benchmark data',
          default: true,
          sources: ['s'],
        });
        n++;
      }
    }
  }
  return {
    id: `synthetic-${count}`,
    title: `Synthetic ${count} flows`,
    focus: 'S000',
    method: 'Synthetic data for the benchmark.',
    years: years.map((year) => ({ year, label: String(year), caption: 'Synthetic.', sources: ['s'] })),
    actors,
    flows,
    sources: [{ id: 's', title: 'Synthetic', publisher: 'relations-map benchmark' }],
  };
}
