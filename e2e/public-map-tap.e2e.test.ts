// A tap on a building's dot checks that building (issue 12): after a first verdict, tapping the dot
// of another building nearby replaces the answer with that building's own, as the server gives it.
// The dot is found where the map says it is and checked to be painted before the tap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageData } from '../shared/schemas/eligibility.ts';
import { distanceM } from '../shared/eligibility/geo.ts';
import { eligibilityCheckOutput } from '../shared/schemas/eligibility-api.ts';
import { JoinPage } from './pages/join.page.ts';
import { trpcQuery } from './pages/join-server.ts';
import { COVERED, startBanFixture, type BanFixture } from './support/ban-fixture.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { dotPixel, onMap, paintedAt } from './pages/map-dots.ts';

let server: RunningServer;
let ban: BanFixture;

beforeAll(async () => {
  ban = await startBanFixture();
  server = await startServer({
    env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png', GEOCODER_URL: ban.url },
  });
});

afterAll(async () => {
  await server?.stop();
  await ban?.close();
});

describe('tapping a building dot', () => {
  it('replaces the previous verdict with that building’s own', async () => {
    const check = (p: { lat: number; lon: number }) =>
      trpcQuery(server, 'eligibility.check', p, eligibilityCheckOutput);
    const first = await check(COVERED);
    expect(first.verdict).toBe('fibre');
    // A building near the first address whose answer differs: the stale-verdict bug would show.
    const coverage = await trpcQuery(server, 'network.coverage', undefined, coverageData);
    const candidates = coverage.buildings
      .filter((b) => b.state !== 'abandoned')
      .map((b) => ({ b, d: distanceM(COVERED.lat, COVERED.lon, b.lat, b.lon) }))
      .filter(({ d }) => d > 60 && d < 160)
      .sort((x, y) => x.d - y.d);
    let target: { lat: number; lon: number; verdict: string } | null = null;
    for (const { b } of candidates) {
      const answer = await check(b);
      if (answer.verdict !== first.verdict) {
        target = { lat: b.lat, lon: b.lon, verdict: answer.verdict };
        break;
      }
    }
    if (!target) throw new Error('the demo has no building near the covered address with another verdict');

    const browser = await launchBrowser();
    try {
      const join = await JoinPage.open(browser.context, server.url);
      await join.page.emulateMedia({ reducedMotion: 'reduce' });
      await join.chooseIntent('connect');
      await join.searchAndPick("2 place de l'eglise jussy", COVERED.label);
      expect(await join.verdictOf()).toBe('fibre');

      const at = await dotPixel(join.page, COVERED, target);
      // The building's dot is painted there (the canvas, not a guess).
      await expect.poll(() => paintedAt(join.page, at), { timeout: 15_000 }).toBe(true);
      // Nothing laid over the map there (legend, sheet, controls): the tap reaches the map.
      expect(await onMap(join.page, at)).toBe(true);
      await join.page.mouse.click(at.x, at.y);
      await join.page
        .locator(`[data-testid="verdict"][data-verdict="${target.verdict}"]`)
        .waitFor({ timeout: 15_000 });
      expect(await join.verdictOf()).toBe(target.verdict);
      // Not the first address any more: the place line names the tapped point.
      expect(await join.read(join.page.getByTestId('result-place'))).toMatch(/^Point touché sur la carte/);
    } finally {
      await browser.close();
    }
  });
});
