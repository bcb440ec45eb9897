// `/technicien/*`, loaded on demand (members on the public map never download it; the service
// worker precaches it for technicians). Role checked by <RequireRole> in App.tsx.
import { Navigate, Route, Routes } from 'react-router';
import { InstallationsPage } from './pages/InstallationsPage.tsx';
import { InterventionsPage } from './pages/InterventionsPage.tsx';
import { NewInterventionPage } from './pages/NewInterventionPage.tsx';
import { TechnicianMapPage } from './pages/TechnicianMapPage.tsx';
import { TechnicianLayout } from './TechnicianLayout.tsx';

export default function TechnicianArea() {
  return (
    <Routes>
      <Route element={<TechnicianLayout />}>
        <Route index element={<InterventionsPage />} />
        <Route path="nouvelle" element={<NewInterventionPage />} />
        <Route path="installations" element={<InstallationsPage />} />
        <Route path="carte" element={<TechnicianMapPage />} />
        <Route path="*" element={<Navigate replace to="/technicien" />} />
      </Route>
    </Routes>
  );
}
