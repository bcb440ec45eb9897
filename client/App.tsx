// The routes. Areas are code-split and guarded by role; everything else is public.
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { Role } from '../shared/schemas/auth.ts';
import { LoginPage } from './auth/LoginPage.tsx';
import { RequireRole } from './auth/RequireRole.tsx';
import { SetPasswordPage } from './auth/SetPasswordPage.tsx';
import { useT } from './i18n/i18n.tsx';
import { PublicMapPage } from './public-map/PublicMapPage.tsx';
import { NotFoundPage } from './shell/NotFoundPage.tsx';

const TechnicianArea = lazy(() => import('./technician/TechnicianArea.tsx'));
const CoordinationArea = lazy(() => import('./coordination/CoordinationArea.tsx'));
const AdminArea = lazy(() => import('./admin/AdminArea.tsx'));

export function App() {
  return (
    <Routes>
      <Route path="/" element={<PublicMapPage />} />
      <Route path="/connexion" element={<LoginPage />} />
      <Route path="/mot-de-passe" element={<SetPasswordPage />} />
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
    <RequireRole min={min}>
      <Suspense fallback={loading}>{area}</Suspense>
    </RequireRole>
  );
}
