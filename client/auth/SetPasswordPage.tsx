// `/mot-de-passe#<token>`: the page behind a one-time link an admin made (valid 24 h). The token stays
// in the fragment, so it never reaches a server log; the server checks it and ends older sessions.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { errorMessage } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import { AppHeader } from '../shell/AppHeader.tsx';

export function SetPasswordPage() {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const set = useMutation(trpc.users.setPasswordWithLink.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMismatch(password !== again);
    if (password === again) set.mutate({ token, password });
  }

  return (
    <div className="page">
      <AppHeader />
      <main id="main" className="page__content page__content--narrow" data-testid="set-password">
        <h1>{t('setPassword.title')}</h1>
        {set.isSuccess ? (
          <>
            <p role="status">{t('setPassword.done')}</p>
            <Link className="button button--primary" to="/connexion">
              {t('nav.login')}
            </Link>
          </>
        ) : (
          <form className="form" onSubmit={submit}>
            <p>{t('setPassword.intro')}</p>
            <label className="field">
              <span className="field__label">{t('setPassword.password')}</span>
              <input
                className="field__input"
                type="password"
                autoComplete="new-password"
                minLength={10}
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t('setPassword.again')}</span>
              <input
                className="field__input"
                type="password"
                autoComplete="new-password"
                required
                value={again}
                onChange={(e) => setAgain(e.target.value)}
              />
            </label>
            {(mismatch || set.isError) && (
              <p className="form__error" role="alert">
                {mismatch ? t('setPassword.mismatch') : errorMessage(set.error, lang, t)}
              </p>
            )}
            <button type="submit" className="button button--primary button--block" disabled={set.isPending}>
              {t('setPassword.submit')}
            </button>
          </form>
        )}
      </main>
    </div>
  );
}
