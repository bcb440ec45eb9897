// "Comment aider": plain words on what a neighbour can do, then the registration.
import { useT } from '../../i18n/i18n.tsx';
import { branding } from '../../shell/branding.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { StepHeading } from '../ui.tsx';
import type { StepProps } from './props.ts';

const ways: { title: MessageKey; body: MessageKey }[] = [
  { title: 'join.help.relay.title', body: 'join.help.relay.body' },
  { title: 'join.help.share.title', body: 'join.help.share.body' },
  { title: 'join.help.word.title', body: 'join.help.word.body' },
];

export function HelpStep({ dispatch, focus }: StepProps) {
  const t = useT();
  return (
    <>
      <StepHeading focus={focus}>{t('join.help.title')}</StepHeading>
      {ways.map((w) => (
        <section key={w.title} className="join-help">
          <h3 className="join-subtitle">{t(w.title)}</h3>
          <p>{t(w.body)}</p>
          {w.title === 'join.help.share.title' && branding.supportUrl && (
            <p>
              <a href={branding.supportUrl} rel="noopener" target="_blank" data-testid="support-link">
                {t('join.help.share.link')}
              </a>
            </p>
          )}
        </section>
      ))}
      <div className="join-actions">
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => dispatch({ type: 'register', kind: 'share' })}
          data-testid="host-relay"
        >
          {t('join.help.host')}
        </button>
        <button
          type="button"
          className="button button--block"
          onClick={() => dispatch({ type: 'register', kind: 'connect' })}
        >
          {t('join.result.keepInformed')}
        </button>
      </div>
      <h3 className="join-subtitle">{t('join.help.docs')}</h3>
      <ul className="join-links">
        <li>
          <a href="https://www.ffdn.org/" rel="noopener noreferrer" target="_blank">
            {t('join.help.ffdn')}
          </a>
        </li>
        <li>
          <a href="https://maconnexioninternet.arcep.fr/" rel="noopener noreferrer" target="_blank">
            {t('join.help.arcep')}
          </a>
        </li>
      </ul>
    </>
  );
}
