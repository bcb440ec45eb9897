// `/technicien/*`, loaded on demand (members on the public map never download it; the service
// worker precaches it for technicians). Role checked by <RequireRole> in App.tsx. Everything inside
// reads and writes the device's database (SyncProvider), so it all works offline.
import '../i18n/staff.ts'; // the staff words, before any component of this area renders
import './styles/area.css';
import './styles/records.css';
import './styles/forms.css';
import './styles/pickers.css';
import './styles/details.css';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../auth/session.ts';
import { useT } from '../i18n/i18n.tsx';
import { SyncProvider } from '../sync/SyncProvider.tsx';
import { InstallationsPage } from './pages/InstallationsPage.tsx';
import { InterventionPage } from './pages/InterventionPage.tsx';
import { InterventionsPage } from './pages/InterventionsPage.tsx';
import { NewInstallationPage } from './pages/NewInstallationPage.tsx';
import { NewInterventionPage } from './pages/NewInterventionPage.tsx';
import { SurveyPage } from './pages/SurveyPage.tsx';
import { SyncPage } from './pages/SyncPage.tsx';
import { TechnicianMapPage } from './pages/TechnicianMapPage.tsx';
import { TechnicianLayout } from './TechnicianLayout.tsx';

export default function TechnicianArea() {
  const t = useT();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  if (!user) return null;
  return (
    <SyncProvider user={user} fallback={<p className="page-status">{t('app.loading')}</p>}>
      <Routes>
        <Route element={<TechnicianLayout />}>
          <Route index element={<InterventionsPage />} />
          <Route path="nouvelle" element={<NewInterventionPage />} />
          <Route path="interventions/:id" element={<InterventionPage />} />
          <Route path="installations" element={<InstallationsPage />} />
          <Route path="installations/nouvelle" element={<NewInstallationPage />} />
          <Route path="appareil" element={<SyncPage />} />
          <Route path="carte" element={<TechnicianMapPage />} />
          <Route path="etude" element={<SurveyPage />} />
          <Route path="*" element={<Navigate replace to="/technicien" />} />
        </Route>
      </Routes>
    </SyncProvider>
  );
}
