// `/coordination/prospects`: people who asked to join or to be kept informed. Personal data.
import { useT } from '../../i18n/i18n.tsx';
import { InterestSection } from './InterestSection.tsx';
import { SubscriptionsSection } from './SubscriptionsSection.tsx';

export function ProspectsPage() {
  const t = useT();
  return (
    <div className="page__content coord-page" data-testid="prospects-page">
      <h1>{t('coordination.prospects.title')}</h1>
      <p className="coord-callout coord-callout--info">{t('coordination.prospects.privacy')}</p>
      <div className="coord-columns">
        <SubscriptionsSection />
        <InterestSection />
      </div>
    </div>
  );
}
