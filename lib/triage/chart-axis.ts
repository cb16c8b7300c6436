// The value axes of the staff dashboard's charts: from 0 to a round top, in four or five steps a
// reader can count in, each tick labelled once and differently from its neighbours (a step of 0.05
// printed to one decimal used to read "0 / 0.1 / 0.1").

export type AxisTick = { value: number; label: string };
export type Axis = { top: number; ticks: AxisTick[] };

// Division leaves 0.1 / (2/60) at 3.0000000000000004: a whole number of steps must not become one more.
const stepsTo = (max: number, step: number) => Math.max(1, Math.ceil(max / step - 1e-9));

// An empty chart (nothing above 0) still gets an axis, from 0 to 1.
function axis(max: number, step: number, label: (value: number) => string): Axis {
  const count = stepsTo(max > 0 ? max : 1, step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => {
    const value = i * step;
    return { value, label: value === 0 ? "0" : label(value) };
  });
  return { top: count * step, ticks };
}

/** Plain numbers in steps of 1, 2 or 5 × 10ⁿ (whole steps for counts), printed to the step's precision. */
export function numberAxis(max: number, { integer = false }: { integer?: boolean } = {}): Axis {
  const rough = (max > 0 ? max : 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(integer ? 1 : 0, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return axis(max, step, (value) => value.toLocaleString("en-GB", { maximumFractionDigits: decimals }));
}

const MINUTE = 1 / 60;
const DAY = 24;
// Steps in hours, as a clock or calendar counts: minutes, then hours, then days.
const DURATION_STEPS = [
  ...[1, 2, 5, 10, 15, 30].map((m) => m * MINUTE),
  ...[1, 2, 3, 6, 12].map((h) => h),
  ...[1, 2, 7, 14, 30].map((d) => d * DAY),
];

/** A duration in hours, stepping in minutes, hours or days: "0 / 2 min / 4 min / 6 min", "0 / 30 min / 1 h / 1.5 h", "0 / 2 d / 4 d". */
export function durationAxis(maxHours: number): Axis {
  const rough = (maxHours > 0 ? maxHours : 1) / 4;
  const step = DURATION_STEPS.find((s) => s >= rough);
  if (step === undefined) {
    const days = numberAxis(maxHours / DAY, { integer: true });
    return { top: days.top * DAY, ticks: days.ticks.map((t) => ({ value: t.value * DAY, label: t.value === 0 ? "0" : `${t.label} d` })) };
  }
  // Whole minutes below an hour ("45 min", then "1 h", "1.5 h"); whole hours, then whole days, above.
  return axis(maxHours, step, (value) =>
    value < 1 - 1e-9
      ? `${Math.round(value * 60)} min`
      : step < DAY
        ? `${Number(value.toFixed(2)).toLocaleString("en-GB")} h`
        : `${Math.round(value / DAY)} d`,
  );
}

/** A duration in hours as the dashboard prints a value: "6 min", "3.5 h", "2.1 d". */
export function formatHours(hours: number) {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 2 * DAY) return `${hours.toFixed(1)} h`;
  return `${(hours / DAY).toFixed(1)} d`;
}
