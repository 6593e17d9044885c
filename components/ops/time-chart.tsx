import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

/**
 * A line chart over the summary's periods, drawn by uPlot on a canvas (fast for the few
 * hundred points a dashboard has, about 20 KB gzipped). The canvas is hidden from assistive
 * technology: the caption points to the table with the same numbers.
 */
export function TimeChart(props: {
  title: string;
  tableTitle: string;
  periods: string[];
  series: ChartSeries[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const { periods, series } = props;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000);
    const chart = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2 }))],
        axes: [{}, { size: 60 }],
      },
      [xs, ...series.map((s) => s.values)],
      el,
    );
    return () => chart.destroy();
  }, [periods, series]);
  return (
    <figure className="space-y-1 rounded border border-zinc-200 p-2" data-testid="ops-chart">
      <figcaption className="text-sm font-semibold">
        {props.title}
        <span className="font-normal text-zinc-600"> (figures in “{props.tableTitle}” below)</span>
      </figcaption>
      <div ref={box} aria-hidden="true" />
    </figure>
  );
}
