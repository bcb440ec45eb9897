// `/coordination/*`, loaded on demand. Role checked by <RequireRole> in App.tsx.
import { Navigate, Route, Routes } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { NetworkMap } from '../public-map/NetworkMap.tsx';
import { CoordinationLayout } from './CoordinationLayout.tsx';
import { ReviewListPage } from './ReviewListPage.tsx';

export default function CoordinationArea() {
  return (
    <Routes>
      <Route element={<CoordinationLayout />}>
        <Route index element={<ReviewListPage />} />
        <Route path="carte" element={<CoordinationMapPage />} />
        <Route path="*" element={<Navigate replace to="/coordination" />} />
      </Route>
    </Routes>
  );
}

function CoordinationMapPage() {
  const t = useT();
  return (
    <div className="page__map">
      <h1 className="visually-hidden">{t('coord.nav.map')}</h1>
      <NetworkMap />
    </div>
  );
}
