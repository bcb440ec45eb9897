// `/coordination/tableau-de-bord`: the week's and the year's work in charts, what waits for someone,
// devices gone quiet, where people ask for the network. Loaded lazily (Chart.js lives in this chunk).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { formatDateTime } from '../ui/format.ts';
import { LoadError, Loading } from '../ui/QueryStatus.tsx';
import { BarChart, palette } from './BarChart.tsx';
import { periods, toSeries } from './series.ts';

const WEEKS = 12;
const MONTHS = 12;

export default function DashboardPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.dashboard.summary.queryOptions({ weeks: WEEKS, months: MONTHS }));
  const data = query.data;
  const charts = useMemo(() => {
    if (!data) return null;
    const now = new Date();
    const weeks = periods('week', WEEKS, now);
    const months = periods('month', MONTHS, now);
    const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' });
    const at = (d: string) => new Date(`${d}T12:00:00`);
    return {
      weekLabels: weeks.map((w) => dayMonth.format(at(w))),
      weekSeries: toSeries(
        data.interventionsPerWeek.map((r) => ({ period: r.week, category: r.kind, count: r.count })),
        weeks,
      ).map((s, i) => ({
        label: t(`coordination.kind.${s.category as 'other'}`),
        colour: palette[i % palette.length] ?? '#0b5d4b',
        values: s.values,
      })),
      monthLabels: months.map((m) => monthYear.format(at(m))),
      monthSeries: toSeries(
        data.installationsPerMonth.map((r) => ({ period: r.month, category: r.technology, count: r.count })),
        months,
      ).map((s) => ({
        label: t(`coordination.prospects.technology.${s.category as 'fibre'}`),
        colour: s.category === 'fibre' ? '#0b5d4b' : '#1d4ed8',
        values: s.values,
      })),
      demand: data.demandByCommune.slice(0, 10),
    };
  }, [data, locale, t]);

  return (
    <div className="page__content coord-page" data-testid="dashboard">
      <h1>{t('office.dashboard.title')}</h1>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {data && charts && (
        <>
          <section className="coord-figures" aria-label={t('office.dashboard.followUps')}>
            <Figure
              to="/coordination?statut=changes_requested"
              value={data.followUps.toCorrect}
              label={t('office.dashboard.toCorrect')}
            />
            <Figure
              to="/coordination?statut=submitted"
              value={data.followUps.toReview}
              label={t('office.dashboard.toReview')}
            />
            <Figure
              to="/coordination/synchronisation"
              value={data.followUps.rejections}
              label={t('office.dashboard.rejections')}
            />
            <Figure
              to="/coordination/synchronisation"
              value={data.followUps.conflicts}
              label={t('office.dashboard.conflicts')}
            />
            <Figure
              to="/coordination/prospects"
              value={data.followUps.openJobs}
              label={t('office.dashboard.openJobs')}
            />
          </section>
          <div className="coord-dashboard">
            <section className="coord-card" aria-labelledby="per-week">
              <h2 id="per-week">{t('office.dashboard.perWeek', { count: WEEKS })}</h2>
              <BarChart
                testId="chart-interventions"
                label={t('office.dashboard.perWeek', { count: WEEKS })}
                categories={charts.weekLabels}
                series={charts.weekSeries}
              />
            </section>
            <section className="coord-card" aria-labelledby="per-month">
              <h2 id="per-month">{t('office.dashboard.perMonth', { count: MONTHS })}</h2>
              <BarChart
                testId="chart-installations"
                label={t('office.dashboard.perMonth', { count: MONTHS })}
                categories={charts.monthLabels}
                series={charts.monthSeries}
              />
            </section>
            <section className="coord-card" aria-labelledby="demand">
              <h2 id="demand">{t('office.dashboard.demand')}</h2>
              {charts.demand.length === 0 ? (
                <p className="coord-muted">{t('office.dashboard.noDemand')}</p>
              ) : (
                <BarChart
                  testId="chart-demand"
                  horizontal
                  label={t('office.dashboard.demand')}
                  categories={charts.demand.map((d) => d.commune ?? t('office.dashboard.noCommune'))}
                  series={[
                    {
                      label: t('coordination.prospects.kind.connect'),
                      colour: '#0b5d4b',
                      values: charts.demand.map((d) => d.connect),
                    },
                    {
                      label: t('coordination.prospects.kind.share'),
                      colour: '#c2410c',
                      values: charts.demand.map((d) => d.share),
                    },
                  ]}
                />
              )}
            </section>
            <section className="coord-card" aria-labelledby="stale">
              <h2 id="stale">{t('office.dashboard.stale')}</h2>
              {data.staleDevices.length === 0 ? (
                <p className="coord-muted">{t('office.dashboard.noStale')}</p>
              ) : (
                <ul className="coord-jobs" data-testid="stale-devices">
                  {data.staleDevices.map((d) => (
                    <li key={d.clientId}>
                      {t('office.dashboard.staleLine', {
                        name: d.technicianName,
                        date: formatDateTime(d.lastSeenAt, locale),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}

function Figure({ to, value, label }: { to: string; value: number; label: string }) {
  return (
    <Link className={`coord-figure${value ? ' coord-figure--due' : ''}`} to={to}>
      <strong>{value}</strong>
      <span>{label}</span>
    </Link>
  );
}
