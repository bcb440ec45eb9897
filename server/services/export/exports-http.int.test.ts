// GET /exports/* over HTTP, on both databases: who may download, the filters as query parameters, and
// files a French office opens as they are (`;`, one BOM, Paris times, French words) parsed back here.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/database.ts';
import { createSession, SESSION_COOKIE } from '../auth.service.ts';
import { callerFor, makeUser, testEnv } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { interventionArgs, numbered, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';

const BOM = '\uFEFF';

function parseCsv(body: string): Record<string, string>[] {
  expect(body.startsWith(BOM)).toBe(true);
  expect(body.indexOf(BOM, 1)).toBe(-1);
  const parsed = Papa.parse<Record<string, string>>(body.slice(1), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

for (const kind of testDatabases) {
  describe(`exports over HTTP on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    let tech: SessionUser;
    let other: SessionUser;
    let coordCookie: string;
    let techCookie: string;
    const installs = {
      a: randomUUID(),
      b: randomUUID(),
      weak: randomUUID(),
      radio: randomUUID(),
    };

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      app = await buildApp(database, testEnv);
      tech = await makeUser(database, 'technician');
      other = await makeUser(database, 'technician');
      const coordinator = await makeUser(database, 'coordinator');
      coordCookie = `${SESSION_COOKIE}=${(await createSession(database.db, coordinator.id, 1, null)).token}`;
      techCookie = `${SESSION_COOKIE}=${(await createSession(database.db, tech.id, 1, null)).token}`;
      const push = (user: SessionUser, mutations: { name: string; args: unknown }[]) =>
        callerFor(database, user).sync.push({
          clientId: randomUUID(),
          schemaVersion: 1,
          appVersion: 't',
          mutations: numbered(1, mutations),
        });
      await push(tech, [
        {
          name: 'installation.create',
          args: {
            id: installs.a,
            technology: 'fibre',
            ontSerial: 'HWTC542D049B',
            ptoReference: 'FI-1234-ABCD',
            buildingId: 'bat-a',
            rxPowerDbm: -19.5,
            installedAt: '2026-12-02T07:15:00Z',
          },
        },
        {
          name: 'installation.create',
          args: {
            id: installs.weak,
            technology: 'fibre',
            ontSerial: '414C434C12345678',
            buildingId: 'bat-a',
            rxPowerDbm: -29.25,
            installedAt: '2026-07-14T07:15:00Z',
          },
        },
        {
          name: 'intervention.create',
          args: interventionArgs({
            kind: 'fibre_cut',
            siteId: null,
            position: null,
            buildingId: 'bat-a',
            summary: '=cmd|calc',
            startedAt: '2026-12-02T07:15:00Z',
            measurements: { rxPowerDbm: -21.5, wavelengthNm: 1490 },
          }),
        },
        {
          name: 'intervention.create',
          args: interventionArgs({ kind: 'power', startedAt: '2026-11-02T07:00:00Z' }),
        },
      ]);
      await push(other, [
        {
          name: 'installation.create',
          args: {
            id: installs.b,
            technology: 'fibre',
            ontSerial: 'ZTEG00000001',
            buildingId: 'bat-b',
            rxPowerDbm: -7,
            installedAt: '2026-11-20T10:00:00Z',
          },
        },
        {
          name: 'installation.create',
          args: {
            id: installs.radio,
            technology: 'radio',
            cpeMac: 'AA-BB-CC-DD-EE-FF',
            sectorId: 'sec-b1',
            position: { lat: 47.79, lon: 3.52 },
            installedAt: '2026-11-21T10:00:00Z',
          },
        },
      ]);
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    const get = (url: string, cookie = coordCookie) =>
      app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

    it('refuses anyone but the coordination, and bad filters, changing nothing', async () => {
      expect((await get('/exports/installations.csv', '')).statusCode).toBe(401);
      expect((await get('/exports/installations.csv', techCookie)).statusCode).toBe(403);
      expect((await get('/exports/interventions.geojson', techCookie)).statusCode).toBe(403);
      for (const bad of [
        '/exports/installations.csv?technology=copper',
        '/exports/installations.csv?from=yesterday',
        '/exports/installations.csv?outOfWindow=maybe',
        '/exports/installations.csv?technicianId=1%27%20or%201=1',
        '/exports/interventions.csv?kind=x&kind=y',
        '/exports/interventions.csv?unknown=1',
        '/exports/interventions-e-intervention.json?codeOperateur=%00ABC',
      ]) {
        const res = await get(bad);
        expect(res.statusCode, bad).toBe(400);
        expect(res.json().error.data.zodIssues.length, bad).toBeGreaterThan(0);
      }
    });

    it('installations CSV: `;`, one BOM, Paris times, French words, filters', async () => {
      const res = await get('/exports/installations.csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toMatch(
        /attachment; filename="installations-\d{4}-\d{2}-\d{2}\.csv"/,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const rows = parseCsv(res.body);
      expect(rows.map((r) => r.Identifiant)).toEqual([installs.a, installs.radio, installs.b, installs.weak]);
      expect(rows[0]).toMatchObject({
        'Installée le (heure de Paris)': '2026-12-02 08:15:00',
        Technologie: 'Fibre',
        État: 'En service',
        'Numéro de série ONT': 'HWTC542D049B',
        'Fabricant ONT': 'Huawei',
        'Référence PTO': 'FI-1234-ABCD',
        Bâtiment: 'bat-a',
        Zone: 'A',
        Technicien: tech.name,
        'Puissance optique reçue (dBm)': '-19,5',
        'Lecture optique': 'Normale',
        Latitude: '47,71',
      });
      // Summer time: UTC+2.
      expect(rows[3]?.['Installée le (heure de Paris)']).toBe('2026-07-14 09:15:00');
      expect(rows[3]?.['Numéro de série ONT']).toBe('ALCL12345678');
      expect(rows[1]).toMatchObject({ Technologie: 'Radio', 'Adresse MAC': 'aa:bb:cc:dd:ee:ff' });

      const ids = async (query: string) =>
        parseCsv((await get(`/exports/installations.csv?${query}`)).body).map((r) => r.Identifiant);
      expect(await ids('technology=radio')).toEqual([installs.radio]);
      expect(await ids('zoneId=zone-a')).toEqual([installs.a, installs.weak]);
      expect(await ids(`technicianId=${other.id}`)).toEqual([installs.radio, installs.b]);
      expect(await ids('from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z')).toEqual([installs.b]);
      expect(await ids('outOfWindow=true')).toEqual([installs.b, installs.weak]);
      expect(await ids('outOfWindow=true&zoneId=zone-b')).toEqual([installs.b]);
      expect(await ids('buildingId=nowhere')).toEqual([]);
    });

    it('installations GeoJSON: a FeatureCollection whose features carry the fields', async () => {
      const res = await get('/exports/installations.geojson?technology=fibre');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/geo+json');
      const doc = res.json();
      expect(doc.type).toBe('FeatureCollection');
      expect(doc.features).toHaveLength(3);
      const a = doc.features.find((f: { properties: { id: string } }) => f.properties.id === installs.a);
      expect(a.geometry).toEqual({ type: 'Point', coordinates: [3.61, 47.71] });
      expect(a.properties).toMatchObject({
        installee_le: '2026-12-02 08:15:00',
        installee_le_utc: '2026-12-02T07:15:00.000Z',
        ont: 'HWTC542D049B',
        pto: 'FI-1234-ABCD',
        puissance_dbm: -19.5,
        technologie: 'Fibre',
      });
    });

    it('interventions: one column per reading, escaped formulae, placed by building, kind filter', async () => {
      const rows = parseCsv((await get('/exports/interventions.csv')).body);
      expect(rows).toHaveLength(2);
      const cut = rows.find((r) => r.Type === 'Coupure fibre');
      expect(cut).toMatchObject({
        'Début (heure de Paris)': '2026-12-02 08:15:00',
        Statut: 'À valider',
        Résumé: "'=cmd|calc",
        'Puissance optique reçue (dBm)': '-21,5',
        'Longueur d’onde (nm)': '1490',
        'Position d’après': 'Bâtiment',
        Latitude: '47,71',
      });
      expect(Object.keys(cut ?? {})).not.toContain('mesures');
      expect(parseCsv((await get('/exports/interventions.csv?kind=power')).body).map((r) => r.Type)).toEqual([
        'Alimentation électrique',
      ]);
      expect(parseCsv((await get('/exports/interventions.csv?zoneId=zone-b')).body)).toEqual([]);
      const geo = (await get('/exports/interventions.geojson')).json();
      expect(geo.features).toHaveLength(2);
    });

    it('E-Intervention-shaped JSON: fibre interventions only, device and server times', async () => {
      const res = await get('/exports/interventions-e-intervention.json?codeOperateur=SCAN');
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.avertissement).toContain('non certifié');
      expect(doc.interventions).toHaveLength(1);
      expect(doc.interventions[0]).toMatchObject({
        codeOperateur: 'SCAN',
        identifiantImmeuble: 'bat-a',
        typeIntervention: 'Coupure fibre',
        debutAppareil: '2026-12-02T07:15:00.000Z',
      });
      expect(typeof doc.interventions[0].recueServeur).toBe('string');
    });
  });
}
