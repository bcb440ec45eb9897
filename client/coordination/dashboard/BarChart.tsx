// A stacked bar chart drawn by Chart.js (only the pieces used are registered, so the chunk stays
// small). The dashboard page is loaded lazily: the public page and the other screens never load it.
// The figures are also in a table under the chart, for screen readers and for copying.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  colour: string;
  values: number[];
}

/** Distinct on white, and told apart by the legend's labels too (never by colour alone). */
export const palette = [
  '#0b5d4b',
  '#1d4ed8',
  '#c2410c',
  '#7c3aed',
  '#0f766e',
  '#a16207',
  '#be123c',
  '#475569',
  '#15803d',
];

export function BarChart({
  label,
  categories,
  series,
  horizontal = false,
  testId,
}: {
  label: string;
  categories: string[];
  series: Series[];
  horizontal?: boolean;
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const datasets: ChartDataset<'bar'>[] = series.map((s) => ({
      label: s.label,
      data: s.values,
      backgroundColor: s.colour,
      borderWidth: 0,
    }));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: categories, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, ticks: { precision: 0 } },
          y: { stacked: true, ticks: { precision: 0 }, beginAtZero: true },
        },
        plugins: { legend: { display: series.length > 1, position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [categories, series, horizontal]);
  return (
    <div className="coord-chart" data-testid={testId}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
