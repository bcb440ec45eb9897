import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { errorMessage } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { homeFor, safeNext, setSessionUser } from './session.ts';

export function LoginPage() {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: ({ user }) => {
        setSessionUser(queryClient, user);
        void navigate(safeNext(params.get('next')) ?? homeFor(user), { replace: true });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email, password });
  }

  return (
    <div className="page">
      <AppHeader />
      <main id="main" className="page__content page__content--narrow">
        <h1>{t('login.title')}</h1>
        <p>{t('login.intro')}</p>
        <form className="form" onSubmit={submit} aria-describedby={login.isError ? 'login-error' : undefined}>
          <label className="field">
            <span className="field__label">{t('login.email')}</span>
            <input
              className="field__input"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('login.password')}</span>
            <input
              className="field__input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {login.isError && (
            <p id="login-error" className="form__error" role="alert" data-testid="login-error">
              {errorMessage(login.error, lang, t)}
            </p>
          )}
          <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
