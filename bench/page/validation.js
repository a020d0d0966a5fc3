// Validation: parsing a stored plan with the core's own schemas (Plan, Goal, Agreement from
// src/core/model.ts, zod/mini), as a host does with data from its own store or an API.
import { Plan, Goal, Agreement } from '/dist/izp-sdk.bundle.js';
import { buildPlan } from './fixture.js';
import { summarize } from './stats.js';

export async function runValidation({ agreements, runs = 30, warmup = 5 }) {
  const fx = await buildPlan(agreements);
  const snap = await fx.adapter.loadPlan(fx.planId);
  const parseAll = () => {
    Plan.parse(snap.plan);
    for (const g of snap.goals) Goal.parse(g);
    for (const a of snap.agreements) Agreement.parse(a);
  };
  const t0 = performance.now();
  parseAll(); // the first parse in this page: schemas compiled on first use
  const first = performance.now() - t0;
  const out = [];
  for (let i = 0; i < warmup + runs; i++) {
    const s = performance.now();
    parseAll();
    if (i >= warmup) out.push(performance.now() - s);
  }
  return { agreements, goals: snap.goals.length, records: 1 + snap.goals.length + snap.agreements.length, first, ...summarize(out) };
}
