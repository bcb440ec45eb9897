// The routes. Areas and the login page are code-split (the areas guarded by role): the public map's
// first chunk holds nothing technicians or coordinators use (issue #12).
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { Role } from '../shared/schemas/auth.ts';
import { useT } from './i18n/i18n.tsx';
import { PublicMapPage } from './public-map/PublicMapPage.tsx';
import { NotFoundPage } from './shell/NotFoundPage.tsx';

const LoginPage = lazy(() => import('./auth/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const RequireRole = lazy(() => import('./auth/RequireRole.tsx').then((m) => ({ default: m.RequireRole })));
const SetPasswordPage = lazy(() =>
  import('./auth/SetPasswordPage.tsx').then((m) => ({ default: m.SetPasswordPage })),
);
const TechnicianArea = lazy(() => import('./technician/TechnicianArea.tsx'));
const CoordinationArea = lazy(() => import('./coordination/CoordinationArea.tsx'));
const AdminArea = lazy(() => import('./admin/AdminArea.tsx'));

export function App() {
  return (
    <Routes>
      <Route path="/" element={<PublicMapPage />} />
      <Route
        path="/connexion"
        element={
          <Suspense fallback={null}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        path="/mot-de-passe"
        element={
          <Suspense fallback={null}>
            <SetPasswordPage />
          </Suspense>
        }
      />
      <Route path="/technicien/*" element={<Area min="technician" area={<TechnicianArea />} />} />
      <Route path="/coordination/*" element={<Area min="coordinator" area={<CoordinationArea />} />} />
      <Route path="/administration/*" element={<Area min="admin" area={<AdminArea />} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Area({ min, area }: { min: Role; area: ReactNode }) {
  const t = useT();
  const loading = (
    <p className="page-status" role="status">
      {t('app.loading')}
    </p>
  );
  return (
    <Suspense fallback={loading}>
      <RequireRole min={min}>
        <Suspense fallback={loading}>{area}</Suspense>
      </RequireRole>
    </Suspense>
  );
}
