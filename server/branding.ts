// The cooperative's name and logo in the page title, the header painted before JavaScript, and the
// installed app's manifest (issue #12). The built files carry Terrain's defaults; the server swaps
// in APP_NAME / APP_LOGO / SUPPORT_URL once at start, so the service worker precaches (and serves
// offline) the cooperative's own shell. The React header reads the same values back from <meta>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './env.ts';

export interface Branding {
  appName: string;
  logo: string;
  supportUrl: string | undefined;
}

export function brandingOf(env: Pick<Env, 'APP_NAME' | 'APP_LOGO' | 'SUPPORT_URL'>): Branding {
  return { appName: env.APP_NAME, logo: env.APP_LOGO, supportUrl: env.SUPPORT_URL };
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The built index.html with the cooperative's name, logo and support link. */
export function brandHtml(html: string, b: Branding): string {
  const name = escapeHtml(b.appName);
  const logo = escapeHtml(b.logo);
  const metas = [
    `<meta name="application-name" content="${name}" />`,
    `<meta name="terrain-logo" content="${logo}" />`,
    ...(b.supportUrl ? [`<meta name="terrain-support-url" content="${escapeHtml(b.supportUrl)}" />`] : []),
  ].join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${name}</title>\n    ${metas}`)
    .replace(/(<span class="app-header__brand-text"\s*>)[^<]*(<\/span)/, `$1${name}$2`)
    .replace(/(class="app-header__brand" aria-label=")[^"—]*—/, `$1${name} —`)
    .replace(/(<img alt="" width="32" height="32" src=")[^"]*(")/, `$1${logo}$2`);
}

/** The built web manifest with the cooperative's name (the installed app's label). */
export function brandManifest(manifest: string, b: Branding): string {
  const parsed: unknown = JSON.parse(manifest);
  const base = typeof parsed === 'object' && parsed !== null ? parsed : {};
  return JSON.stringify({ ...base, name: b.appName, short_name: b.appName.slice(0, 30) });
}

export interface BrandedShell {
  html: string;
  manifest: string | null;
}

export function loadBrandedShell(clientDist: string, b: Branding): BrandedShell {
  const html = brandHtml(readFileSync(join(clientDist, 'index.html'), 'utf8'), b);
  let manifest: string | null = null;
  try {
    manifest = brandManifest(readFileSync(join(clientDist, 'manifest.webmanifest'), 'utf8'), b);
  } catch {
    // No manifest in this build (tests with a bare dist): the static file handler answers 404.
  }
  return { html, manifest };
}
