// Where a place is on the public map's screen, from the chosen-place pin and the map's zoom (Web
// Mercator), and whether the canvas has a building dot painted there.
/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { latToTileY, lonToTileX } from '../../shared/map/tiles.ts';

interface LatLon {
  lat: number;
  lon: number;
}

/** Pixel of `target` on the page, knowing the pin stands at `pinAt`. Waits for the view to settle. */
export async function dotPixel(page: Page, pinAt: LatLon, target: LatLon): Promise<{ x: number; y: number }> {
  const map = page.locator('.coverage-map__leaflet');
  const pin = page.locator('.leaflet-marker-icon.join-pin');
  await pin.waitFor();
  // The pin's tip is its bottom centre (iconAnchor [16, 43] of a 44 px icon).
  let box = await pin.boundingBox();
  for (let i = 0; i < 50; i++) {
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'));
    const again = await pin.boundingBox();
    if (box && again && again.x === box.x && again.y === box.y) break;
    box = again;
  }
  if (!box) throw new Error('no pin on the map');
  const zoom = Number(await map.getAttribute('data-zoom'));
  const scale = 256; // pixels a tile at this zoom
  const dx = (lonToTileX(target.lon, zoom) - lonToTileX(pinAt.lon, zoom)) * scale;
  const dy = (latToTileY(target.lat, zoom) - latToTileY(pinAt.lat, zoom)) * scale;
  return { x: box.x + box.width / 2 + dx, y: box.y + box.height - 1 + dy };
}

/** True when a Leaflet canvas has an opaque, coloured pixel at this page position. */
export function paintedAt(page: Page, at: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.leaflet-overlay-pane canvas')) {
      const r = canvas.getBoundingClientRect();
      if (x < r.left || x >= r.right || y < r.top || y >= r.bottom) continue;
      const px = Math.floor(((x - r.left) * canvas.width) / r.width);
      const py = Math.floor(((y - r.top) * canvas.height) / r.height);
      const [red = 0, green = 0, blue = 0, alpha = 0] =
        canvas.getContext('2d')?.getImageData(px, py, 1, 1).data ?? [];
      // A building dot: opaque, and not the white ring or a faint sector fill.
      if (alpha > 200 && !(red > 230 && green > 230 && blue > 230)) return true;
    }
    return false;
  }, at);
}

/** True when the topmost element at this position belongs to the map itself. */
export function onMap(page: Page, at: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(
    ({ x, y }) =>
      document.elementFromPoint(x, y)?.closest('.leaflet-pane, .leaflet-container') != null &&
      document.elementFromPoint(x, y)?.closest('.leaflet-control-container, .leaflet-marker-pane') == null,
    at,
  );
}
