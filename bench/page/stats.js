// Median and spread of a series of timings (ms).
export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** n, median, min, max, p25, p75, p95, and the interquartile range relative to the median. */
export function summarize(values) {
  const s = [...values].sort((a, b) => a - b);
  const median = quantile(s, 0.5);
  const p25 = quantile(s, 0.25);
  const p75 = quantile(s, 0.75);
  return { n: s.length, median, min: s[0], max: s[s.length - 1], p25, p75, p95: quantile(s, 0.95), iqrPct: median ? ((p75 - p25) / median) * 100 : 0 };
}
