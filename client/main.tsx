// Leaflet's CSS first, in the first stylesheet: our map styles override it, and the map itself comes
// later in its own chunk (issue #12), whose CSS would otherwise land after ours.
import 'leaflet/dist/leaflet.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/navigation.css';
import './styles/map.css';
import './styles/legend.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { queryClient, TRPCProvider, trpcClient } from './lib/trpc.ts';
import { UpdateBanner } from './pwa/UpdateBanner.tsx';
import { warmRuntimeCacheOnFirstControl } from './pwa/warmCache.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

warmRuntimeCacheOnFirstControl();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
          <UpdateBanner />
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
