import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandHtml, brandManifest } from './branding.ts';

// The source shell: the built one differs only by its script and style tags.
const html = readFileSync(join(import.meta.dirname, '..', 'client', 'index.html'), 'utf8');
const coop = { appName: 'Yonne <Sans Fil>', logo: '/logo-ysf.svg', supportUrl: 'https://ysf.example/parts' };

describe('branding the shell', () => {
  it('puts the cooperative’s name in the title and the header painted before JavaScript', () => {
    const out = brandHtml(html, coop);
    expect(out).toContain('<title>Yonne &lt;Sans Fil&gt;</title>');
    expect(out).toMatch(/class="app-header__brand-text"\s*>Yonne &lt;Sans Fil&gt;<\/span/);
    expect(out).toContain('aria-label="Yonne &lt;Sans Fil&gt; — Carte"');
    expect(out).toContain('src="/logo-ysf.svg"');
    expect(out).toContain('<meta name="application-name" content="Yonne &lt;Sans Fil&gt;" />');
    expect(out).toContain('<meta name="terrain-support-url" content="https://ysf.example/parts" />');
    expect(out).not.toMatch(/>\s*Terrain\s*</);
  });

  it('keeps Terrain’s defaults and names no support page when none is set', () => {
    const out = brandHtml(html, { appName: 'Terrain', logo: '/favicon.svg', supportUrl: undefined });
    expect(out).toContain('<title>Terrain</title>');
    expect(out).not.toContain('terrain-support-url');
  });

  it('names the installed app', () => {
    const manifest = JSON.stringify({ name: 'Terrain', short_name: 'Terrain', start_url: '/' });
    expect(JSON.parse(brandManifest(manifest, coop))).toEqual({
      name: 'Yonne <Sans Fil>',
      short_name: 'Yonne <Sans Fil>',
      start_url: '/',
    });
  });
});
