// The privacy notice and the explicit agreement, right above the button that sends.
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/fr.ts';
import { useCooperative } from '../queries.ts';
import { Checkbox } from '../ui.tsx';

export function ConsentBlock(p: { checked: boolean; onChange(checked: boolean): void; error?: MessageKey }) {
  const t = useT();
  const coop = useCooperative().data;
  return (
    <section className="join-consent" aria-labelledby="join-consent-title">
      <h3 id="join-consent-title" className="join-subtitle">
        {t('join.consent.title')}
      </h3>
      <ul className="join-notice">
        <li>{t('join.consent.what')}</li>
        <li>{t('join.consent.public')}</li>
        <li>{t('join.consent.retention')}</li>
        <li>
          {t('join.consent.delete', {
            contact: coop ? `${coop.name} (${coop.email})` : t('join.consent.deleteFallback'),
          })}
        </li>
      </ul>
      <Checkbox
        label={t('join.consent.label')}
        checked={p.checked}
        onChange={p.onChange}
        error={p.error}
        testId="consent"
      />
    </section>
  );
}

/** What will be sent, to check before agreeing. */
export function Summary({ rows }: { rows: { label: string; value: string | null | undefined }[] }) {
  return (
    <dl className="join-summary">
      {rows
        .filter((r) => r.value)
        .map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
    </dl>
  );
}
