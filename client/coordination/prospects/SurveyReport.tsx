// A subscription request's surveys as coordinators see them: the verdict in plain words, the readings,
// the mount, the recommendation to explain to the person, and the photos toward the relay.
import { useQuery } from '@tanstack/react-query';
import type { SurveySummary } from '../../../shared/schemas/surveys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { Photos } from '../interventions/Photos.tsx';
import { formatDateTime } from '../ui/format.ts';

export function SurveyReport({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const surveys = useQuery(trpc.surveys.ofSubscriptions.queryOptions({ ids: [requestId] }));
  const list = surveys.data?.[requestId] ?? [];
  if (surveys.isError) return <p role="alert">{t('surveyReport.loadError')}</p>;
  return (
    <div className="survey-report" data-testid="survey-report">
      {list.map((s) => (
        <OneSurvey key={s.id} survey={s} />
      ))}
    </div>
  );
}

function OneSurvey({ survey: s }: { survey: SurveySummary }) {
  const { t, locale } = useI18n();
  const readings = [
    s.signalDbm !== null && t('surveyReport.signal', { value: s.signalDbm }),
    s.snrDb !== null && t('surveyReport.snr', { value: s.snrDb }),
    s.capacityMbps !== null && t('surveyReport.capacity', { value: s.capacityMbps }),
  ].filter(Boolean);
  return (
    <article className="coord-card">
      <h3>
        {t('surveyReport.title', {
          date: formatDateTime(s.surveyedAt, locale),
          name: s.technicianName ?? '—',
        })}
      </h3>
      <p>
        <strong>{t(`survey.verdict.${s.verdict}`)}</strong> — {t(`prospects.outcome.${s.outcome}`)}
      </p>
      {s.sectorSite !== null && s.sectorAzimuthDeg !== null && (
        <p>
          {t('surveyReport.sector', {
            sector: t('check.sector', { site: s.sectorSite, azimuth: Math.round(s.sectorAzimuthDeg) }),
          })}
        </p>
      )}
      {readings.length > 0 && <p>{readings.join(' · ')}</p>}
      {(s.mountPoint || s.mountHeightM !== null) && (
        <p>
          {t('surveyReport.mount', {
            where: s.mountPoint ?? '—',
            height: s.mountHeightM ?? '—',
          })}
        </p>
      )}
      {s.recommendation && <p className="coord-notes">{s.recommendation}</p>}
      <Photos photos={s.photos} />
    </article>
  );
}
