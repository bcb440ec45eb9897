// `/administration/*`, loaded on demand. Role checked by <RequireRole min="admin"> in App.tsx; the
// server checks it again on every procedure.
import '../i18n/staff.ts'; // the staff words, before any component of this area renders
import '../styles/coordination.css';
import '../styles/coordination-map.css';
import '../styles/admin.css';
import { Navigate, Route, Routes } from 'react-router';
import { AdminLayout } from './AdminLayout.tsx';
import { AuditPage } from './audit/AuditPage.tsx';
import { PeoplePage } from './people/PeoplePage.tsx';
import { ZonesPage } from './zones/ZonesPage.tsx';

export default function AdminArea() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<Navigate replace to="/administration/personnes" />} />
        <Route path="personnes" element={<PeoplePage />} />
        <Route path="zones" element={<ZonesPage />} />
        <Route path="journal" element={<AuditPage />} />
        <Route path="*" element={<Navigate replace to="/administration/personnes" />} />
      </Route>
    </Routes>
  );
}
