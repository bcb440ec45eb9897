import { Link } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { AppHeader } from './AppHeader.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <AppHeader />
      <main id="main" className="page__content page__content--narrow">
        <h1>{t('notFound.title')}</h1>
        <Link className="button button--primary" to="/">
          {t('notFound.back')}
        </Link>
      </main>
    </div>
  );
}
