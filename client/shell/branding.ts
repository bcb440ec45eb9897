// The cooperative's name, logo and support page, as the server put them in index.html's <meta>
// (server/branding.ts). Read once: they change only with a new deployment.
function meta(name: string): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || null;
}

export const branding = {
  appName: meta('application-name') ?? 'Terrain',
  logo: meta('terrain-logo') ?? '/favicon.svg',
  /** Where "take a support share" leads; null: no link (the text alone). */
  supportUrl: meta('terrain-support-url'),
};
