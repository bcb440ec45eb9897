// fitBounds that survives a squeezed map. On a small phone a long step of the sheet leaves the map
// only about 100 px tall; with margins larger than that, Leaflet computes a NaN zoom from a negative
// size and throws "Invalid LatLng object: (NaN, NaN)", which took the whole page down. Margins are
// dropped when they would leave less than MIN_ROOM_PX to frame the bounds in.
import L from 'leaflet';

const MIN_ROOM_PX = 40;

type FitOptions = L.FitBoundsOptions & { padding?: L.PointExpression };

export function fitWithin(map: L.Map, bounds: L.LatLngBoundsExpression, options: FitOptions = {}): void {
  const size = map.getSize();
  const topLeft = L.point(options.paddingTopLeft ?? options.padding ?? [0, 0]);
  const bottomRight = L.point(options.paddingBottomRight ?? options.padding ?? [0, 0]);
  const roomX = size.x - topLeft.x - bottomRight.x;
  const roomY = size.y - topLeft.y - bottomRight.y;
  const { padding: _p, paddingTopLeft: _tl, paddingBottomRight: _br, ...rest } = options;
  if (size.x <= 0 || size.y <= 0) return; // not laid out yet: the next fit will frame it
  map.fitBounds(bounds, roomX >= MIN_ROOM_PX && roomY >= MIN_ROOM_PX ? options : rest);
}
