import type { Child } from 'hono/jsx';

// Charts drawn on the server as inline SVG: no script, no library, nothing from a CDN, and nothing inline
// that the desk's strict CSP would block (colours come from desk.css classes). Each chart is a figure with
// a caption, an SVG that screen readers read as one image with a summary, and the same numbers as a table.

/** One coloured part of a bar: its name in the legend and table, and its colour class (`tone-…`). */
export interface ChartSeries {
  label: string;
  /** desk.css colours `tone-P1` … `tone-P4`, `tone-ok`, `tone-late`, `tone-overdue`, `tone-waiting`, `tone-bar`. */
  tone: string;
}

/** One bar: its label and one value per series (stacked in series order). */
export interface ChartBar {
  label: string;
  /** A longer label for the tooltip and the table (the full date, the whole name). */
  fullLabel?: string;
  values: number[];
  /** A reference value drawn as a dashed mark across the bar (a target). */
  mark?: number;
  /** Written at the bar's end and in the table instead of the formatted total (e.g. "—" for no value). */
  valueText?: string;
}

/** What every chart needs. */
export interface ChartProps {
  /** Unique on the page; ids of the caption, title and summary derive from it. */
  id: string;
  caption: string;
  /** One or two sentences saying what the chart shows, for screen readers (the SVG's description). */
  summary: string;
  series: ChartSeries[];
  bars: ChartBar[];
  /** Writes a value (a count, a duration). */
  format: (value: number) => string;
  /** Heading of the label column of the table. */
  labelHeading: string;
  /** Text of the table's disclosure ("Show as table"). */
  tableLabel: string;
  /** Shown instead of the chart when every value is zero. */
  emptyText: string;
  /** Heading of the table's mark column, when bars carry marks. */
  markHeading?: string;
}

// Widths in SVG units, drawn at most this many pixels wide: the text stays at its CSS size on a laptop, and
// shrinks no further than the phone's width allows (the day chart scrolls sideways on a phone instead).
const COLUMNS_WIDTH = 960;
const BARS_WIDTH = 440;

/** Steps for an axis from 0 to at least `max`: 1, 2 or 5 times a power of ten, at most `most` of them. */
export function niceTicks(max: number, most = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const whole = Math.max(1, step);
  const ticks: number[] = [];
  for (let v = 0; v < max + whole; v += whole) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function DataTable(props: ChartProps) {
  const hasMarks = props.bars.some((b) => b.mark !== undefined);
  const stacked = props.series.length > 1;
  return (
    <details class="chart-table">
      <summary>{props.tableLabel}</summary>
      <table class="plain">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeading}</th>
            {props.series.map((s) => (
              <th scope="col">{s.label}</th>
            ))}
            {stacked ? <th scope="col">Σ</th> : null}
            {hasMarks ? <th scope="col">{props.markHeading ?? ''}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.bars.map((bar) => (
            <tr>
              <th scope="row">{bar.fullLabel ?? bar.label}</th>
              {bar.valueText !== undefined && !stacked ? (
                <td class="num">{bar.valueText}</td>
              ) : (
                bar.values.map((v) => <td class="num">{props.format(v)}</td>)
              )}
              {stacked ? <td class="num">{props.format(sum(bar.values))}</td> : null}
              {hasMarks ? <td class="num">{bar.mark === undefined ? '' : props.format(bar.mark)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Legend({ series }: { series: ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul class="legend" aria-hidden="true">
      {series.map((s) => (
        <li>
          <span class={`swatch tone-${s.tone}`} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

function Frame(props: ChartProps & { width: number; height: number; kind: string; children: Child }) {
  const empty = props.bars.every((b) => sum(b.values) === 0);
  return (
    <figure class="chart" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>{props.caption}</figcaption>
      {empty ? (
        <p class="muted">{props.emptyText}</p>
      ) : (
        <>
          <div class="chart-scroll">
            <svg
              xmlns="http://www.w3.org/2000/svg"
              class={props.kind}
              role="img"
              aria-labelledby={`${props.id}-title ${props.id}-desc`}
              viewBox={`0 0 ${props.width} ${props.height}`}
              width={props.width}
              height={props.height}
            >
              <title id={`${props.id}-title`}>{props.caption}</title>
              <desc id={`${props.id}-desc`}>{props.summary}</desc>
              {props.children}
            </svg>
          </div>
          <Legend series={props.series} />
          <DataTable {...props} />
        </>
      )}
    </figure>
  );
}

function tooltip(props: ChartProps, bar: ChartBar, index: number): string {
  const label = bar.fullLabel ?? bar.label;
  const series = props.series[index];
  const value = props.format(bar.values[index] ?? 0);
  return props.series.length > 1 ? `${label} · ${series?.label}: ${value}` : `${label}: ${value}`;
}

/** Vertical stacked columns over time (tickets per day by priority); labels thin out when days are many. */
export function ColumnChart(props: ChartProps) {
  const WIDTH = COLUMNS_WIDTH;
  const height = 260;
  const left = 44;
  const right = 8;
  const top = 10;
  const bottom = 34;
  const plotWidth = WIDTH - left - right;
  const plotHeight = height - top - bottom;
  const max = Math.max(0, ...props.bars.map((b) => sum(b.values)));
  const ticks = niceTicks(max);
  const scaleMax = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => top + plotHeight - (v / scaleMax) * plotHeight;
  const band = plotWidth / Math.max(1, props.bars.length);
  const barWidth = Math.max(1, band * 0.78);
  // About one label per 56 units, so dates never overlap.
  const every = Math.max(1, Math.ceil(props.bars.length / Math.floor(plotWidth / 56)));
  return (
    <Frame {...props} width={WIDTH} height={height} kind="columns">
      <g class="grid">
        {ticks.map((t) => (
          <>
            <line x1={left} x2={WIDTH - right} y1={y(t)} y2={y(t)} />
            <text class="tick" x={left - 6} y={y(t) + 4} text-anchor="end">
              {props.format(t)}
            </text>
          </>
        ))}
      </g>
      {props.bars.map((bar, i) => {
        const x = left + i * band + (band - barWidth) / 2;
        let base = 0;
        return (
          <g>
            {bar.values.map((v, s) => {
              if (v <= 0) return null;
              const from = base;
              base += v;
              return (
                <rect
                  class={`tone-${props.series[s]?.tone ?? 'bar'}`}
                  x={x.toFixed(1)}
                  y={y(from + v).toFixed(1)}
                  width={barWidth.toFixed(1)}
                  height={(y(from) - y(from + v)).toFixed(1)}
                >
                  <title>{tooltip(props, bar, s)}</title>
                </rect>
              );
            })}
            {i % every === 0 ? (
              <text
                class="tick"
                x={(x + barWidth / 2).toFixed(1)}
                y={height - bottom + 16}
                text-anchor="middle"
              >
                {bar.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <line class="axis" x1={left} x2={WIDTH - right} y1={y(0)} y2={y(0)} />
    </Frame>
  );
}

/** Horizontal bars, one per row (a category, a country, a priority), stacked when there are several series. */
export function BarChart(props: ChartProps) {
  const WIDTH = BARS_WIDTH;
  const rowHeight = 22;
  const gap = 6;
  const labelWidth = 160;
  const valueWidth = 70;
  const top = 4;
  const height = top + props.bars.length * (rowHeight + gap) + 2;
  const plotWidth = WIDTH - labelWidth - valueWidth;
  const max = Math.max(1e-9, ...props.bars.map((b) => Math.max(sum(b.values), b.mark ?? 0)));
  const x = (v: number) => labelWidth + (v / max) * plotWidth;
  return (
    <Frame {...props} width={WIDTH} height={height} kind="bars">
      {props.bars.map((bar, i) => {
        const rowTop = top + i * (rowHeight + gap);
        let base = 0;
        // Long names are cut on the chart; the tooltip and the table carry them whole.
        const shown = bar.label.length > 20 ? `${bar.label.slice(0, 19)}…` : bar.label;
        return (
          <g>
            <text class="label" x={labelWidth - 8} y={rowTop + rowHeight / 2 + 5} text-anchor="end">
              {shown}
              <title>{bar.fullLabel ?? bar.label}</title>
            </text>
            {bar.values.map((v, s) => {
              if (v <= 0) return null;
              const from = base;
              base += v;
              return (
                <rect
                  class={`tone-${props.series[s]?.tone ?? 'bar'}`}
                  x={x(from).toFixed(1)}
                  y={rowTop}
                  width={Math.max(1, x(from + v) - x(from)).toFixed(1)}
                  height={rowHeight}
                >
                  <title>{tooltip(props, bar, s)}</title>
                </rect>
              );
            })}
            {bar.mark === undefined ? null : (
              <line
                class="mark"
                x1={x(bar.mark).toFixed(1)}
                x2={x(bar.mark).toFixed(1)}
                y1={rowTop - 2}
                y2={rowTop + rowHeight + 2}
              />
            )}
            <text class="value" x={x(Math.max(base, bar.mark ?? 0)) + 6} y={rowTop + rowHeight / 2 + 5}>
              {bar.valueText ?? props.format(sum(bar.values))}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}
