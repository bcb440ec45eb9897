// The PWA build. The app must open with no network at all (technicians on a hillside, members in a
// white zone), so the service worker carries three kinds of content:
//
// 1. Precached at install (workbox precache, revisioned): the whole app shell — JS, CSS, index.html,
//    icons and the web manifest. A new build ships a new service worker; in `prompt` mode it waits
//    until the user accepts "Mettre à jour" (client/pwa/UpdateBanner.tsx), so a technician is never
//    reloaded in the middle of a form, and never while the outbox holds unsent entries (update guard).
// 2. Cached at run time, NetworkFirst: the coverage data (whole for staff maps, its outline for the
//    public map) and the deployment config (`GET /trpc/network.coverage|outline|config`); CacheFirst:
//    the public map's building tiles (`network.tile`, versioned by their input). The public offline
//    package is kept by the page itself (client/public-map/offline-package.ts). Fresh when online,
//    the last copy offline, so the maps work without a connection. The client sends these
//    queries unbatched (client/lib/trpc.ts) so their URLs are stable cache keys, and
//    fetches them again when the worker first takes control (client/pwa/warmCache.ts), so this holds
//    from the very first visit.
// 3. Cached at run time, CacheFirst with a bound: map tiles from the configured tile server (or a
//    self-hosted `/tiles/{z}/{x}/{y}` path). Offline map areas are downloaded into the same cache.
//    Tiles of a place already looked at stay available offline; the bound keeps storage in check.
//
// Everything else under /trpc (auth, sync, reviews) is never cached: it is personal or must be live.
// Navigations fall back to the precached index.html (client routes such as /technicien/nouvelle
// open offline), except /trpc and /healthz, which must reach the server or fail.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The tile URL is server configuration (TILE_URL); the build only needs its fixed prefix to decide
// what the tile cache may hold. Same default as server/env.ts.
const tileUrl =
  process.env.TILE_URL ??
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';

/**
 * The fixed start of the tile URL template as a RegExp: `https://data.geopf.fr/wmts?…{z}…` gives
 * /^https:\/\/data\.geopf\.fr\/wmts/ (the tile endpoint, not the geocoder on the same host);
 * a `{s}` subdomain placeholder matches any one subdomain.
 */
function tilePrefixPattern(template: string): RegExp {
  const fixed = (template.split('?')[0] ?? '').replace(/\{(?!s\})[^}]*\}.*$/, '');
  const escaped = fixed.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace('\\{s\\}', '[^./]+');
  return new RegExp(`^${escaped}`);
}

/**
 * What the tile cache may hold: the build-time tile server (above) or any self-hosted tile path
 * `…/tiles/{z}/{x}/{y}.png|jpg|webp`. TILE_URL is read by the server at run time, after the build, so
 * a deployment (or a test fixture) serving such paths still gets its tiles cached, and the offline
 * areas downloaded into this cache (client/offline-map/store.ts) are served offline.
 */
function tileCachePattern(template: string): RegExp {
  const selfHosted = String.raw`^https?://[^/?#]+(?:/[^?#]*)?/tiles/\d+/\d+/\d+\.(?:png|jpe?g|webp)(?:[?#]|$)`;
  return new RegExp(`${tilePrefixPattern(template).source}|${selfHosted}`);
}

export default defineConfig({
  root: 'client',
  publicDir: '../public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: in their own chunks, an app update re-downloads
        // only what changed (precache entries are revisioned by content), which matters on 3G.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              // Scripts only: Leaflet's CSS is imported first by main.tsx (our styles must win) and
              // stays in the entry's stylesheet; grouped here it would make the entry preload the map.
              name: 'map',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet|geographiclib-geodesic)[\\/](?!.*\.css$)/,
            },
            { name: 'data', test: /node_modules[\\/](@tanstack|@trpc)[\\/]/ },
            // Apart: the public page's first screen needs no validation (issue #12), forms load it.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/trpc': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      // Registered by client/pwa/UpdateBanner.tsx through `virtual:pwa-register/react`.
      injectRegister: false,
      strategies: 'generateSW',
      manifest: {
        name: 'Terrain',
        short_name: 'Terrain',
        description: 'Couverture radio et fibre de la coopérative, saisies des techniciens.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b5d4b',
        background_color: '#f4f6f3',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,ico}'],
        navigateFallback: '/index.html',
        // Server routes a person may open directly: never answer them with the app shell.
        navigateFallbackDenylist: [
          /^\/trpc/,
          /^\/healthz/,
          /^\/attachments\//,
          /^\/isp\.json$/,
          // Operations pages rendered by the server (server/operations-http.ts).
          /^\/statut/,
          /^\/status\./,
          /^\/hooks\//,
          /^\/inscription\//,
        ],
        // Prompt mode: a new worker waits (no skipWaiting) until the user accepts the update. Claiming
        // clients only matters on the very first install, so the first visit is already offline-ready.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              [
                '/trpc/network.coverage',
                '/trpc/network.config',
                '/trpc/network.outline',
                '/trpc/network.offlineManifest',
              ].includes(url.pathname),
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'terrain-network',
              // On a weak link, show yesterday's map after 6 s rather than a spinner.
              networkTimeoutSeconds: 6,
              expiration: { maxEntries: 8 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // The public map's building tiles: their input carries the data version, so a cached
            // tile is never stale; a new version simply asks for new URLs. Bounded: a few views.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/trpc/network.tile',
            method: 'GET',
            handler: 'CacheFirst',
            options: {
              cacheName: 'terrain-network-tiles',
              expiration: { maxEntries: 1500, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            urlPattern: tileCachePattern(tileUrl),
            method: 'GET',
            handler: 'CacheFirst',
            options: {
              cacheName: 'terrain-tiles',
              // ~15–30 KB a tile: a few villages at street level, ≤ ~60 MB. Tiles are requested with
              // CORS (crossOrigin on the tile layer) so responses are not opaque: Chrome counts each
              // opaque response as megabytes of quota, which would evict everything else.
              expiration: { maxEntries: 2000, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
});
