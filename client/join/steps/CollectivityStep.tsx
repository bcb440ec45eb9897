// For a mairie or a communauté de communes: what the cooperative offers a commune and whom to
// contact, without asking for a home; then the network and demand over the whole area.
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/fr.ts';
import { useCooperative } from '../queries.ts';
import { StepHeading } from '../ui.tsx';
import type { StepProps } from './props.ts';

const offers: { title: MessageKey; body: MessageKey }[] = [
  { title: 'join.collectivity.relay.title', body: 'join.collectivity.relay.body' },
  { title: 'join.collectivity.white.title', body: 'join.collectivity.white.body' },
  { title: 'join.collectivity.data.title', body: 'join.collectivity.data.body' },
];

export function CollectivityStep({ dispatch, focus }: StepProps) {
  const t = useT();
  const coop = useCooperative().data;
  return (
    <>
      <StepHeading focus={focus}>{t('join.collectivity.title')}</StepHeading>
      {offers.map((o) => (
        <section key={o.title} className="join-help">
          <h3 className="join-subtitle">{t(o.title)}</h3>
          <p>{t(o.body)}</p>
        </section>
      ))}
      <section className="join-help" data-testid="collectivity-contact">
        <h3 className="join-subtitle">{t('join.collectivity.contact')}</h3>
        {coop ? (
          <p>
            {coop.name}
            <br />
            <a href={`mailto:${coop.email}`}>{coop.email}</a>
          </p>
        ) : (
          <p>{t('join.collectivity.contactLater')}</p>
        )}
      </section>
      <div className="join-actions">
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => dispatch({ type: 'overview' })}
          data-testid="collectivity-overview"
        >
          {t('join.collectivity.overview')}
        </button>
      </div>
    </>
  );
}
