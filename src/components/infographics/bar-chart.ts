// Island: draws the bar charts on a page with Chart.js, loaded only when a chart nears the viewport.
// The caption, summary and data table are already on the page; this only adds the picture.
import { wrapLabel, type ChartSpec } from '../../lib/infographics/chart-spec.ts';

async function draw(figure: HTMLElement) {
  const spec = JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent!) as ChartSpec;
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  const style = getComputedStyle(document.documentElement);
  const color = (name: string) => style.getPropertyValue(name).trim();
  const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
  const withUnit = (n: number) => (spec.unit.startsWith('%') ? `${nf.format(n)}${spec.unit}` : `${nf.format(n)} ${spec.unit}`);
  const box = figure.querySelector<HTMLElement>('[data-chart-canvas]')!;
  const canvas = box.querySelector('canvas')!;
  box.hidden = false;
  const palette = [color('--color-chart-1'), color('--color-chart-2'), color('--color-chart-3')];
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const narrow = figure.clientWidth < 480;
  const valueAxis = {
    beginAtZero: true,
    max: spec.max,
    ticks: { color: color('--color-ink'), callback: (v: string | number) => withUnit(Number(v)) },
    grid: { color: color('--color-line') },
  };
  const labelAxis = { ticks: { color: color('--color-ink'), autoSkip: false }, grid: { display: false } };
  new Chart(canvas, {
    type: 'bar',
    data: {
      // The value is part of the label: readable without hovering or tapping a bar.
      labels: spec.rows.map((r) => [...r.label.flatMap((l) => wrapLabel(l, narrow ? 18 : 32)), `= ${r.display}`]),
      datasets: [{
        data: spec.rows.map((r) => r.value),
        backgroundColor: spec.rows.map((r) => palette[((r.color ?? 1) - 1) % palette.length]),
        borderColor: color('--color-ink'),
        borderWidth: 1,
      }],
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: reduced ? false : { duration: 400 },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => spec.rows[ctx.dataIndex]!.display } },
      },
      scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    },
  });
  // The picture is there: the table stays one click away.
  figure.querySelector('details')?.removeAttribute('open');
  figure.dataset.chartReady = 'true';
}

const figures = document.querySelectorAll<HTMLElement>('[data-chart]');
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    observer.unobserve(entry.target);
    draw(entry.target as HTMLElement).catch((err) => console.error('Không vẽ được biểu đồ', err));
  }
}, { rootMargin: '300px 0px' });
figures.forEach((f) => observer.observe(f));
