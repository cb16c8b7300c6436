// Issue 15's targets, one row each, printed at the end of `npm run bench` (bench/catalog.ts) with the
// machine's core count and load average, so a run's verdicts and the conditions they were taken in
// travel together. A target the run did not measure (its option not given) says so instead of a verdict.
import os from "node:os";
import { printTable } from "./stats";

export type TargetRow = {
  target: string;
  /** What "met" means, as the issue states it. */
  goal: string;
  /** The figure measured, with its unit; "not measured (…)" when the run left it out. */
  measured: string;
  met: boolean | null;
};

export const notMeasured = (target: string, goal: string, why: string): TargetRow => ({
  target,
  goal,
  measured: `not measured (${why})`,
  met: null,
});

export function printTargets(rows: TargetRow[], { loadAtStart }: { loadAtStart: number }) {
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  console.log(
    `\n## Targets — ${os.cpus().length} cores, load average ${loadAtStart.toFixed(2)} at start, ${load} (1, 5, 15 min) at the end\n`,
  );
  printTable(
    rows.map(({ target, goal, measured, met }) => ({ target, goal, measured, verdict: met === null ? "—" : met ? "met" : "NOT MET" })),
  );
}
