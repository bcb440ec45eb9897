// The account end of the header: log in, go to one's area, or log out (inside an area).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { useTRPC } from '../lib/trpc.ts';
import { homeFor, setSessionUser, useSession } from './session.ts';

export function AccountActions({ inArea }: { inArea: boolean }) {
  const t = useT();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return null;
  const user = session.user;
  if (!user) {
    if (location.pathname === '/connexion') return null;
    return (
      <Link className="button button--ghost" to="/connexion">
        {t('nav.login')}
      </Link>
    );
  }
  if (inArea) return <LogoutButton />;
  return (
    <Link className="button button--ghost" to={homeFor(user)}>
      {t('nav.myArea')}
    </Link>
  );
}

function LogoutButton() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        setSessionUser(queryClient, null);
        void navigate('/', { replace: true });
      },
    }),
  );
  return (
    <button
      type="button"
      className="button button--ghost"
      disabled={logout.isPending}
      onClick={() => logout.mutate()}
      data-testid="logout"
    >
      {logout.isError ? t('auth.logoutFailed') : t('auth.logout')}
    </button>
  );
}
