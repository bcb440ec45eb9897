// From what a monitoring tool posts to the signals monitoring.ts applies. An alert says which relay it
// is about with the label `site` (a site id); Uptime Kuma, with a `site` tag, `?site=` on the hook URL,
// or a monitor named after the site id.
import type { IncidentSeverity } from '../../../shared/schemas/incidents.ts';
import type { AlertmanagerPayload, UptimeKumaPayload } from '../../../shared/schemas/hooks.ts';
import { fingerprintOf, plausibleTime, type MonitoringSignal } from './monitoring.ts';

function severityOf(label: string | undefined): IncidentSeverity {
  if (label === 'critical' || label === 'page') return 'critical';
  if (label === 'warning' || label === 'info' || label === 'minor') return 'minor';
  return 'major';
}

export function alertmanagerSignals(payload: AlertmanagerPayload, now: Date): MonitoringSignal[] {
  return payload.alerts.flatMap((a) => {
    const siteId = a.labels.site?.trim();
    if (!siteId) return [];
    const firing = a.status === 'firing';
    const details = [a.labels.alertname, a.annotations.description, a.generatorURL]
      .filter(Boolean)
      .join(' — ');
    return [
      {
        source: 'alertmanager' as const,
        siteId: siteId.slice(0, 64),
        fingerprint: `am:${a.fingerprint ?? fingerprintOf(a.labels)}`,
        firing,
        title: a.annotations.summary?.trim().slice(0, 200) || null,
        details: details ? details.slice(0, 2000) : null,
        severity: severityOf(a.labels.severity),
        at: plausibleTime(firing ? a.startsAt : a.endsAt, now),
      },
    ];
  });
}

export function uptimeKumaSignal(
  payload: UptimeKumaPayload,
  siteParam: string | undefined,
): MonitoringSignal | null {
  const { heartbeat, monitor } = payload;
  // Uptime Kuma's "test" button posts a message without heartbeat: nothing to do.
  if (!heartbeat || !monitor) return null;
  if (heartbeat.status !== 0 && heartbeat.status !== 1) return null; // 2 pending, 3 maintenance
  const tag = monitor.tags?.find((t) => t.name === 'site')?.value ?? undefined;
  const siteId = (siteParam ?? tag ?? monitor.name).trim();
  if (!siteId) return null;
  const firing = heartbeat.status === 0;
  return {
    source: 'uptime_kuma',
    siteId: siteId.slice(0, 64),
    fingerprint: `kuma:${String(monitor.id ?? monitor.name).slice(0, 150)}`,
    firing,
    title: null,
    details: [monitor.name, heartbeat.msg, monitor.url].filter(Boolean).join(' — ').slice(0, 2000) || null,
    severity: 'major',
    // Kuma's heartbeat time is the server's local time without a zone: trust our clock instead.
    at: null,
  };
}
