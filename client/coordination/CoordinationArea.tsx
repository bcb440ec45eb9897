// `/coordination/*`, loaded on demand. Role checked by <RequireRole> in App.tsx.
import '../i18n/staff.ts'; // the staff words, before any component of this area renders
import '../styles/coordination.css';
import '../styles/coordination-list.css';
import '../styles/coordination-map.css';
import '../styles/coordination-detail.css';
import '../styles/coordination-records.css';
import '../styles/coordination-office.css';
import { lazy, Suspense } from 'react';
import '../styles/coordination-network.css';
import { Navigate, Route, Routes } from 'react-router';
import { CoordinationLayout } from './CoordinationLayout.tsx';
import { InterventionDetailPage } from './interventions/InterventionDetailPage.tsx';
import { ReviewListPage } from './interventions/ReviewListPage.tsx';
import { ProspectsPage } from './prospects/ProspectsPage.tsx';
import { InstallationsPage } from './installations/InstallationsPage.tsx';
import { SiteHistoryPage } from './sites/SiteHistoryPage.tsx';
import { SyncPage } from './sync/SyncPage.tsx';
import { OperationsPage } from './operations/OperationsPage.tsx';
import { InstallationDetailPage } from './installations/InstallationDetailPage.tsx';
import { BuildingPage } from './places/BuildingPage.tsx';
import { FibrePointPage } from './places/FibrePointPage.tsx';

// Chart.js comes with the dashboard only: no other screen downloads it.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage.tsx'));
import { NetworkPage } from './network/NetworkPage.tsx';
import { ImportPage } from './network/ImportPage.tsx';
import { RequireRole } from '../auth/RequireRole.tsx';

export default function CoordinationArea() {
  return (
    <Routes>
      <Route element={<CoordinationLayout />}>
        <Route index element={<ReviewListPage />} />
        <Route path="interventions/:id" element={<InterventionDetailPage />} />
        <Route path="sites/:id" element={<SiteHistoryPage />} />
        <Route path="synchronisation" element={<SyncPage />} />
        <Route path="prospects" element={<ProspectsPage />} />
        <Route path="installations" element={<InstallationsPage />} />
        <Route path="installations/:id" element={<InstallationDetailPage />} />
        <Route path="batiments/:id" element={<BuildingPage />} />
        <Route path="points-fibre/:id" element={<FibrePointPage />} />
        <Route path="operations" element={<OperationsPage />} />
        <Route
          path="tableau-de-bord"
          element={
            <Suspense fallback={null}>
              <DashboardPage />
            </Suspense>
          }
        />
        <Route path="reseau" element={<NetworkPage />} />
        <Route
          path="reseau/import"
          element={
            <RequireRole min="admin">
              <ImportPage />
            </RequireRole>
          }
        />
        {/* The map is a view of the list now (filters apply to both). */}
        <Route path="carte" element={<Navigate replace to="/coordination?vue=carte" />} />
        <Route path="*" element={<Navigate replace to="/coordination" />} />
      </Route>
    </Routes>
  );
}
