// Relays under an open incident (operations): a red ring around each, with the incident's title and a
// link to the status page. Self-contained: its own query, drawn over whatever the map shows. The rings
// use their own SVG renderer although the map prefers canvas: they are few, and as DOM elements they
// stay above the building dots and can be found by tests and assistive tools.
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import { useMemo } from 'react';
import { CircleMarker, Popup } from 'react-leaflet';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { useT } from '../i18n/i18n.tsx';
import { useTRPC } from '../lib/trpc.ts';

export function IncidentLayer({ coverage }: { coverage: CoverageData | undefined }) {
  const t = useT();
  const trpc = useTRPC();
  const renderer = useMemo(() => L.svg(), []);
  const incidents = useQuery({
    ...trpc.incidents.current.queryOptions(),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
  if (!coverage || !incidents.data?.incidents.length) return null;
  const sites = new Map(coverage.sites.map((s) => [s.id, s]));
  return (
    <>
      {incidents.data.incidents.flatMap((incident) =>
        incident.siteIds.flatMap((id) => {
          const site = sites.get(id);
          if (!site) return [];
          return [
            <CircleMarker
              key={`${incident.id}:${id}`}
              center={[site.lat, site.lon]}
              radius={16}
              pathOptions={{ color: '#b3261e', weight: 4, fillColor: '#b3261e', fillOpacity: 0.15 }}
              className="incident-ring"
              renderer={renderer}
            >
              <Popup>
                <strong>{t('map.incident')}</strong>
                <br />
                {site.name} — {incident.title}
                <br />
                <a href="/statut">{t('map.incidentStatus')}</a>
              </Popup>
            </CircleMarker>,
          ];
        }),
      )}
    </>
  );
}
