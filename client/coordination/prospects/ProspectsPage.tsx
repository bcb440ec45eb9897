// `/coordination/prospects`: people who asked to join or to be kept informed. Personal data.
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { InterestSection } from './InterestSection.tsx';
import { usePurgeProspects } from './mutations.ts';
import { SubscriptionsSection } from './SubscriptionsSection.tsx';

export function ProspectsPage() {
  const { t, lang } = useI18n();
  const purge = usePurgeProspects();
  return (
    <div className="page__content coord-page" data-testid="prospects-page">
      <div className="coord-page__head">
        <h1>{t('coordination.prospects.title')}</h1>
        <button type="button" className="button" disabled={purge.isPending} onClick={() => purge.mutate()}>
          {t('office.prospects.purge')}
        </button>
      </div>
      <p className="coord-callout coord-callout--info">{t('coordination.prospects.privacy')}</p>
      {purge.isSuccess && (
        <p className="coord-callout" role="status" data-testid="purge-result">
          {t('office.prospects.purged', {
            count: purge.data.interest + purge.data.subscriptions,
          })}
        </p>
      )}
      {purge.isError && (
        <p className="form__error" role="alert">
          {errorMessage(purge.error, lang, t)}
        </p>
      )}
      <div className="coord-columns">
        <SubscriptionsSection />
        <InterestSection />
      </div>
    </div>
  );
}
