import { useI18n } from '../../i18n/i18n.tsx';
import type { Intervention } from '../../../shared/schemas/interventions.ts';
import { formatNumber } from '../../lib/format.ts';
import { formatDateTime } from '../format.ts';
import type { InterventionItem } from '../queries.ts';

const readings: [key: string, label: 'rxPower' | 'signal' | 'snr' | 'ccq', unit: string][] = [
  ['rxPowerDbm', 'rxPower', 'dBm'],
  ['rssiDbm', 'signal', 'dBm'],
  ['snrDb', 'snr', 'dB'],
  ['ccq', 'ccq', '%'],
];

function Readings({ row }: { row: Intervention }) {
  const { t, locale } = useI18n();
  const m = row.measurements ?? {};
  const shown = readings.filter(([key]) => typeof m[key] === 'number');
  if (!shown.length) return null;
  return (
    <>
      <dt>{t('technician.measure.title')}</dt>
      <dd>
        {shown.map(([key, label, unit]) => (
          <span key={key} className="reading">
            {t(`technician.measure.${label}`)} : {formatNumber(m[key] as number, locale, 1)} {unit}
          </span>
        ))}
      </dd>
    </>
  );
}

/** What was recorded, read-only. */
export function InterventionDetails({ item }: { item: InterventionItem }) {
  const { t, locale } = useI18n();
  const { row } = item;
  return (
    <dl className="details">
      <dt>{t('technician.form.summary')}</dt>
      <dd>{row.summary}</dd>
      {item.place && (
        <>
          <dt>{t('technician.place.label')}</dt>
          <dd>{item.place}</dd>
        </>
      )}
      <dt>{t('technician.form.startedAt')}</dt>
      <dd>
        {formatDateTime(row.startedAt, locale)}
        {row.endedAt && ` → ${formatDateTime(row.endedAt, locale)}`}
      </dd>
      <Readings row={row} />
      {row.position && (
        <>
          <dt>{t('technician.gps.label')}</dt>
          <dd>
            {formatNumber(row.position.lat, locale, 5)} ; {formatNumber(row.position.lon, locale, 5)}
          </dd>
        </>
      )}
      {row.photos.length > 0 && (
        <>
          <dt>{t('technician.photos.label')}</dt>
          <dd>
            {t('technician.photos.count', { count: row.photos.length })}
            {item.photosWaiting > 0 &&
              ` — ${t('technician.photos.waitingCount', { count: item.photosWaiting })}`}
          </dd>
        </>
      )}
      {row.notes && (
        <>
          <dt>{t('technician.form.notes')}</dt>
          <dd className="details__notes">{row.notes}</dd>
        </>
      )}
    </dl>
  );
}
