// The /statut page: plain HTML rendered by the server, inline CSS, no script, a few kilobytes, so it
// opens at once on a phone with one bar of signal. French first; `?lang=en` for English.
import type { PublicIncident, PublicStatus } from '../../../shared/schemas/incidents.ts';
import { durationFr, sinceEn, sinceFr } from '../../../shared/operations/paris-time.ts';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

const words = {
  fr: {
    title: 'État du réseau',
    allGood: 'Tout fonctionne normalement.',
    ongoing: (n: number) => (n === 1 ? '1 incident en cours' : `${n} incidents en cours`),
    history: 'Incidents passés',
    noHistory: 'Aucun incident passé.',
    relays: 'Relais',
    zones: 'Zones',
    lasted: 'durée',
    since: sinceFr,
    resolvedOn: 'résolu',
    severity: { minor: 'Mineur', major: 'Majeur', critical: 'Critique' },
    feed: 'Suivre (flux Atom)',
    other: 'English',
    map: 'Carte de couverture',
  },
  en: {
    title: 'Network status',
    allGood: 'Everything is working normally.',
    ongoing: (n: number) => (n === 1 ? '1 ongoing incident' : `${n} ongoing incidents`),
    history: 'Past incidents',
    noHistory: 'No past incident.',
    relays: 'Relays',
    zones: 'Zones',
    lasted: 'lasted',
    since: sinceEn,
    resolvedOn: 'resolved',
    severity: { minor: 'Minor', major: 'Major', critical: 'Critical' },
    feed: 'Follow (Atom feed)',
    other: 'Français',
    map: 'Coverage map',
  },
} as const;

const parisDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'medium',
  timeStyle: 'short',
});
const parisDateEn = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  dateStyle: 'medium',
  timeStyle: 'short',
});

const css = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#111;background:#f4f6f3}
main{max-width:44rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.banner{padding:1rem;border-radius:.5rem;font-weight:600;font-size:1.1rem}.ok{background:#dcefe3;color:#0b4d2c}
.ko{background:#fde2e1;color:#7a1410}ol{list-style:none;padding:0;margin:0}li{background:#fff;border:1px solid #ccd3cc;
border-radius:.5rem;padding:.75rem 1rem;margin:.5rem 0}li.open{border-left:.4rem solid #b3261e}li.resolved{border-left:.4rem solid #2e7d4f}
.meta{color:#333;font-size:.95rem}.sev{display:inline-block;font-size:.85rem;font-weight:600;padding:0 .4rem;border-radius:.25rem;background:#eee}
nav{display:flex;gap:1rem;flex-wrap:wrap;margin-top:2rem}nav a{display:inline-flex;align-items:center;min-height:44px;color:#0b5d4b;font-weight:600}
h3{font-size:1.05rem;margin:.1rem 0}p{margin:.25rem 0}`;

interface Names {
  sites: Map<string, string>;
  zones: Map<string, string>;
}

function item(i: PublicIncident, lang: 'fr' | 'en', names: Names, now: Date): string {
  const w = words[lang];
  const title = lang === 'en' ? (i.titleEn ?? i.title) : i.title;
  const text = lang === 'en' ? (i.textEn ?? i.text) : i.text;
  const relays = i.siteIds.map((id) => names.sites.get(id) ?? id);
  const zones = i.zoneIds.map((id) => names.zones.get(id) ?? id);
  const started = new Date(i.startedAt);
  const when =
    i.status === 'open'
      ? w.since(started, now)
      : `${(lang === 'en' ? parisDateEn : parisDate).format(started)} — ${w.resolvedOn}, ${w.lasted} ${durationFr(
          new Date(i.resolvedAt ?? i.updatedAt).getTime() - started.getTime(),
        )}`;
  return `<li class="${i.status}" id="incident-${esc(i.id)}"><span class="sev">${w.severity[i.severity]}</span>
<h3>${esc(title)}</h3><p class="meta">${esc(when)}</p>
${relays.length ? `<p class="meta">${w.relays} : ${esc(relays.join(', '))}</p>` : ''}
${zones.length ? `<p class="meta">${w.zones} : ${esc(zones.join(', '))}</p>` : ''}
${text ? `<p>${esc(text)}</p>` : ''}</li>`;
}

export function renderStatusPage(
  status: PublicStatus,
  names: Names,
  o: { lang: 'fr' | 'en'; coopName: string; now: Date },
): string {
  const w = words[o.lang];
  const open = status.incidents.filter((i) => i.status === 'open');
  const past = status.incidents.filter((i) => i.status === 'resolved');
  const banner = open.length
    ? `<p class="banner ko" role="status">${w.ongoing(open.length)}</p>`
    : `<p class="banner ok" role="status">${w.allGood}</p>`;
  return `<!doctype html><html lang="${o.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="120">
<title>${w.title} — ${esc(o.coopName)}</title><link rel="alternate" type="application/atom+xml" href="/status.atom">
<style>${css}</style></head><body><main><h1>${w.title} — ${esc(o.coopName)}</h1>${banner}
${open.length ? `<ol>${open.map((i) => item(i, o.lang, names, o.now)).join('')}</ol>` : ''}
<h2>${w.history}</h2>${past.length ? `<ol>${past.map((i) => item(i, o.lang, names, o.now)).join('')}</ol>` : `<p>${w.noHistory}</p>`}
<nav><a href="/">${w.map}</a><a href="/status.atom">${w.feed}</a><a href="/statut?lang=${o.lang === 'fr' ? 'en' : 'fr'}">${w.other}</a></nav>
</main></body></html>`;
}

/** A small page for the links in e-mails (confirm, unsubscribe): a message and, before acting, a button. */
export function renderMessagePage(o: {
  title: string;
  text: string;
  form?: { action: string; button: string };
}): string {
  const form = o.form
    ? `<form method="post" action="${esc(o.form.action)}"><button type="submit" style="min-height:44px;padding:.5rem 1.25rem;font:inherit;font-weight:600;background:#0b5d4b;color:#fff;border:0;border-radius:.5rem">${esc(o.form.button)}</button></form>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(o.title)}</title><style>${css}</style></head><body><main>
<h1>${esc(o.title)}</h1><p>${esc(o.text)}</p>${form}<nav><a href="/">Carte de couverture</a></nav></main></body></html>`;
}
