// Readings as a table; an optical receive power outside −8…−27 dBm is flagged in words and colour.
import { useI18n } from '../../i18n/i18n.tsx';
import { formatValue } from '../ui/format.ts';
import { readings, type Reading, type RxCheck } from './measurements.ts';

const rxText = {
  normal: 'coordination.measure.normal',
  low: 'coordination.measure.low',
  high: 'coordination.measure.high',
} as const satisfies Record<RxCheck, string>;

export function Measurements({ measurements }: { measurements: Record<string, unknown> | null }) {
  const { t } = useI18n();
  const list = readings(measurements);
  return (
    <section className="coord-card" aria-labelledby="measures-title">
      <h2 id="measures-title">{t('coordination.measure.title')}</h2>
      {list.length === 0 ? (
        <p className="coord-muted">{t('coordination.measure.empty')}</p>
      ) : (
        <table className="coord-table">
          <thead>
            <tr>
              <th scope="col">{t('coordination.measure.name')}</th>
              <th scope="col">{t('coordination.measure.value')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <Row key={r.key} reading={r} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Row({ reading: r }: { reading: Reading }) {
  const { t, locale } = useI18n();
  const name = r.rx
    ? t('coordination.measure.rxPower')
    : r.named
      ? t(`coordination.measure.key.${r.named}`)
      : r.key;
  const value = formatValue(r.value, locale);
  return (
    <tr className={r.rx && r.rx !== 'normal' ? 'coord-table__alert' : undefined}>
      <th scope="row">{name}</th>
      <td>
        <span className="coord-table__num">
          {value ?? t('coordination.empty.value')}
          {value && r.unit && ` ${r.unit}`}
        </span>
        {r.rx && (
          <span className={`coord-check coord-check--${r.rx}`} data-testid="rx-check" data-check={r.rx}>
            <span aria-hidden="true">{r.rx === 'normal' ? '✓ ' : '⚠ '}</span>
            {t(rxText[r.rx])}
          </span>
        )}
      </td>
    </tr>
  );
}
