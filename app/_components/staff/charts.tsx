// Hand-drawn SVG charts for the staff dashboard. Each is an image to assistive technology (role="img",
// named by its <title>, summarised by its <desc>) with every number repeated in a data table below it;
// the viewBox lets it shrink to a phone's width.
import Link from "next/link";
import type { ReactNode } from "react";
import { numberAxis, type Axis, type AxisTick } from "@/lib/triage/chart-axis";

export type ChartSeries<K extends string> = { key: K; label: string; color: string };
/** One position on the x axis: `label` for the data table, `tick` as the axis prints it, one line per entry. */
export type ChartColumn<V> = { label: string; tick: readonly string[]; values: V };

type ChartText = {
  /** Unique on the page: ids of the title and description. */
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two: read out in place of the picture. */
  summary: string;
};

const WIDTH = 400;
const HEIGHT = 240;
const MARGIN = { left: 50, right: 10, top: 12, bottom: 54 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const GRID = "#d5dce6";
const AXIS = "#44546a";

export const formatChartNumber = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 1 });

const yFor = (top: number) => (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
const xCenter = (count: number, index: number) => MARGIN.left + (PLOT_WIDTH / count) * (index + 0.5);

function ChartSvg({ id, title, summary, children }: ChartText & { children: ReactNode }) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="block h-auto w-full"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {children}
    </svg>
  );
}

function Axes({
  columns,
  ticks,
  top,
  xLabel,
  yLabel,
}: {
  columns: readonly ChartColumn<unknown>[];
  ticks: AxisTick[];
  top: number;
  xLabel: string;
  yLabel: string;
}) {
  const y = yFor(top);
  return (
    <g fontSize={12}>
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick.value)} y2={y(tick.value)} stroke={tick.value === 0 ? AXIS : GRID} />
          <text x={MARGIN.left - 6} y={y(tick.value)} textAnchor="end" dominantBaseline="middle" className="fill-ink-muted">
            {tick.label}
          </text>
        </g>
      ))}
      {columns.map((column, i) => (
        <text key={column.label} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" className="fill-ink-muted">
          {column.tick.map((line, j) => (
            <tspan key={j} x={xCenter(columns.length, i)} dy={j === 0 ? 0 : 14}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      <text x={MARGIN.left + PLOT_WIDTH / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={13} className="fill-ink">
        {xLabel}
      </text>
      <text transform={`translate(13 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle" fontSize={13} className="fill-ink">
        {yLabel}
      </text>
    </g>
  );
}

function Legend({ items }: { items: { key: string; label: string; swatch: ReactNode }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ title, headers, rows }: { title: string; headers: string[]; rows: { label: ReactNode; cells: ReactNode[] }[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-brand">
        Data table<span className="sr-only">: {title}</span>
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {headers.map((header, i) => (
                <th key={header} scope="col" className={i === 0 ? undefined : "text-right"}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row" className="font-normal">
                  {row.label}
                </th>
                {row.cells.map((cell, j) => (
                  <td key={j} className="num">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Where each series' segment of one bar starts and ends, stacked in series order from the axis up. */
function stack(values: number[]) {
  const segments: { from: number; to: number }[] = [];
  let base = 0;
  for (const value of values) {
    segments.push({ from: base, to: base + value });
    base += value;
  }
  return segments;
}

type AxisLabels = { xLabel: string; yLabel: string };

/** Counts per column, one stacked segment per series; white gaps keep neighbouring colours apart. */
export function StackedBarChart<K extends string>({
  id,
  title,
  summary,
  xLabel,
  yLabel,
  series,
  columns,
}: ChartText & AxisLabels & { series: ChartSeries<K>[]; columns: ChartColumn<Record<K, number>>[] }) {
  const stacks = columns.map((column) => stack(series.map((s) => column.values[s.key])));
  const totals = stacks.map((segments) => segments.at(-1)?.to ?? 0);
  const { top, ticks } = numberAxis(Math.max(0, ...totals), { integer: true });
  const y = yFor(top);
  const barWidth = Math.min((PLOT_WIDTH / Math.max(1, columns.length)) * 0.7, 32);
  return (
    <figure className="space-y-3">
      <ChartSvg id={id} title={title} summary={summary}>
        <Axes columns={columns} ticks={ticks} top={top} xLabel={xLabel} yLabel={yLabel} />
        {stacks.map((segments, i) => (
          <g key={columns[i]?.label}>
            {segments.map((segment, j) =>
              segment.to > segment.from ? (
                <rect
                  key={series[j]?.key}
                  x={xCenter(columns.length, i) - barWidth / 2}
                  y={y(segment.to)}
                  width={barWidth}
                  height={y(segment.from) - y(segment.to)}
                  fill={series[j]?.color}
                  stroke="#fff"
                  strokeWidth={1}
                />
              ) : null,
            )}
          </g>
        ))}
      </ChartSvg>
      <Legend
        items={series.map((s) => ({
          key: s.key,
          label: s.label,
          swatch: (
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
              <rect width="14" height="14" rx="2" fill={s.color} />
            </svg>
          ),
        }))}
      />
      <DataTable
        title={title}
        headers={[xLabel, ...series.map((s) => s.label), "Total"]}
        rows={columns.map((column, i) => ({ label: column.label, cells: [...series.map((s) => column.values[s.key]), totals[i]] }))}
      />
    </figure>
  );
}

const DASHES = [undefined, "6 4", "2 3"];

/** A different shape per series, so lines stay apart without telling colours apart. */
function Marker({ index, x, y, color }: { index: number; x: number; y: number; color: string }) {
  const shape = index % 3;
  if (shape === 0) return <circle cx={x} cy={y} r={4} fill={color} stroke="#fff" strokeWidth={1} />;
  if (shape === 1) return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} stroke="#fff" strokeWidth={1} />;
  return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}H${x - 5}Z`} fill={color} stroke="#fff" strokeWidth={1} />;
}

/** Runs of consecutive non-null points: a null breaks the line instead of bridging the gap. */
function runs(points: { x: number; value: number | null }[]) {
  const result: { x: number; value: number }[][] = [];
  let current: { x: number; value: number }[] = [];
  for (const { x, value } of points) {
    if (value === null) {
      if (current.length) result.push(current);
      current = [];
    } else current.push({ x, value });
  }
  if (current.length) result.push(current);
  return result;
}

/** One line per series across the columns, with a gap wherever a value is null. */
export function LineChart<K extends string>({
  id,
  title,
  summary,
  xLabel,
  yLabel,
  series,
  columns,
  formatValue = formatChartNumber,
  axis = numberAxis,
  missing = "none",
}: ChartText &
  AxisLabels & {
    series: ChartSeries<K>[];
    columns: ChartColumn<Record<K, number | null>>[];
    formatValue?: (value: number) => string;
    /** The value axis for the largest value: plain numbers unless told otherwise (durations). */
    axis?: (max: number) => Axis;
    /** What the data table says where a value is null. */
    missing?: string;
  }) {
  const values = columns.flatMap((column) => series.map((s) => column.values[s.key] ?? 0));
  const { top, ticks } = axis(Math.max(0, ...values));
  const y = yFor(top);
  return (
    <figure className="space-y-3">
      <ChartSvg id={id} title={title} summary={summary}>
        <Axes columns={columns} ticks={ticks} top={top} xLabel={xLabel} yLabel={yLabel} />
        {series.map((s, index) => {
          const points = columns.map((column, i) => ({ x: xCenter(columns.length, i), value: column.values[s.key] }));
          return (
            <g key={s.key}>
              {runs(points)
                .filter((run) => run.length > 1)
                .map((run) => (
                  <path
                    key={run[0]?.x}
                    d={run.map((p, i) => `${i ? "L" : "M"}${p.x} ${y(p.value)}`).join("")}
                    fill="none"
                    stroke={s.color}
                    strokeWidth={2}
                    strokeDasharray={DASHES[index % DASHES.length]}
                  />
                ))}
              {points.map((p) => (p.value === null ? null : <Marker key={p.x} index={index} x={p.x} y={y(p.value)} color={s.color} />))}
            </g>
          );
        })}
      </ChartSvg>
      <Legend
        items={series.map((s, index) => ({
          key: s.key,
          label: s.label,
          swatch: (
            <svg aria-hidden="true" width="28" height="12" viewBox="0 0 28 12">
              <line x1="1" x2="27" y1="6" y2="6" stroke={s.color} strokeWidth={2} strokeDasharray={DASHES[index % DASHES.length]} />
              <Marker index={index} x={14} y={6} color={s.color} />
            </svg>
          ),
        }))}
      />
      <DataTable
        title={title}
        headers={[xLabel, ...series.map((s) => s.label)]}
        rows={columns.map((column) => ({
          label: column.label,
          cells: series.map((s) => {
            const value = column.values[s.key];
            return value === null ? <span className="text-ink-muted">{missing}</span> : formatValue(value);
          }),
        }))}
      />
    </figure>
  );
}

export type HorizontalBar = { label: string; value: number; href: string };

/**
 * One bar per row, its label a link. The labels and counts are HTML beside the picture, not text in
 * it: links inside role="img" would be hidden from screen readers. The SVG stretches to the rows'
 * fixed height, so its bars line up with them at any width.
 */
export function HorizontalBarChart({
  id,
  title,
  summary,
  categoryLabel,
  valueLabel,
  bars,
  color = "#0b5c7a",
}: ChartText & { categoryLabel: string; valueLabel: string; bars: HorizontalBar[]; color?: string }) {
  const { top, ticks } = numberAxis(Math.max(0, ...bars.map((b) => b.value)), { integer: true });
  const rows = bars.length;
  return (
    <figure className="space-y-3">
      <div
        className="grid grid-cols-[auto_minmax(0,1fr)_auto] gap-x-3"
        style={{ gridTemplateRows: `auto repeat(${rows}, 2.25rem) auto auto` }}
      >
        <span className="text-xs font-semibold text-ink-muted" aria-hidden="true">
          {categoryLabel}
        </span>
        <span className="col-start-3 text-right text-xs font-semibold text-ink-muted" aria-hidden="true">
          Count
        </span>
        {bars.map((bar, i) => (
          <Link key={bar.label} href={bar.href} className="col-start-1 self-center py-1 text-sm" style={{ gridRowStart: i + 2 }}>
            {bar.label}
            <span className="sr-only">: {bar.value}</span>
          </Link>
        ))}
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          viewBox={`0 0 100 ${rows}`}
          preserveAspectRatio="none"
          className="col-start-2 h-full w-full"
          style={{ gridRow: `2 / span ${rows}` }}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {ticks.map((tick) => (
            <line
              key={tick.value}
              x1={(tick.value / top) * 100}
              x2={(tick.value / top) * 100}
              y1={0}
              y2={rows}
              stroke={tick.value === 0 ? AXIS : GRID}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {bars.map((bar, i) => (
            <rect key={bar.label} x={0} y={i + 0.2} width={(bar.value / top) * 100} height={0.6} fill={color} />
          ))}
        </svg>
        {bars.map((bar, i) => (
          <span
            key={bar.label}
            aria-hidden="true"
            className="col-start-3 self-center text-right text-sm tabular-nums"
            style={{ gridRowStart: i + 2 }}
          >
            {bar.value}
          </span>
        ))}
        <div aria-hidden="true" className="relative col-start-2 h-5 text-xs text-ink-muted" style={{ gridRowStart: rows + 2 }}>
          {ticks.map((tick) => (
            <span key={tick.value} className="absolute top-0.5 -translate-x-1/2" style={{ left: `${(tick.value / top) * 100}%` }}>
              {tick.label}
            </span>
          ))}
        </div>
        <span aria-hidden="true" className="col-start-2 text-center text-xs text-ink" style={{ gridRowStart: rows + 3 }}>
          {valueLabel}
        </span>
      </div>
      <DataTable title={title} headers={[categoryLabel, valueLabel]} rows={bars.map((bar) => ({ label: bar.label, cells: [bar.value] }))} />
    </figure>
  );
}
