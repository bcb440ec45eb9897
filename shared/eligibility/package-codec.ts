// The offline package's building chunks in binary: what the device needs to answer a check (where
// and in what state), without ids or addresses. Positions in microdegrees (about 0.1 m), sorted and
// delta-coded as zigzag varints, then one state byte a building: about 5 bytes a building before
// compression, against ~120 for the JSON of network.coverage.
import type { BuildingState, FibreBuilding } from '../schemas/eligibility.ts';

const MAGIC = 0x31505254; // "TRP1" little-endian
const states: readonly BuildingState[] = ['deployed', 'in_progress', 'signed', 'targeted', 'abandoned'];
const stateCode = new Map(states.map((s, i) => [s, i]));

export interface PackedBuilding {
  lat: number;
  lon: number;
  state: BuildingState;
}

const micro = (deg: number) => Math.round(deg * 1e6);

function writeVarint(out: number[], value: number): void {
  // zigzag: small negatives stay small
  let v = value >= 0 ? value * 2 : -value * 2 - 1;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function encodeBuildings(buildings: readonly PackedBuilding[]): Uint8Array {
  const sorted = buildings
    .map((b) => ({ lat: micro(b.lat), lon: micro(b.lon), state: stateCode.get(b.state) ?? 3 }))
    .sort((a, b) => a.lat - b.lat || a.lon - b.lon);
  const out: number[] = [];
  let lat = 0;
  let lon = 0;
  for (const b of sorted) {
    writeVarint(out, b.lat - lat);
    writeVarint(out, b.lon - lon);
    lat = b.lat;
    lon = b.lon;
  }
  const bytes = new Uint8Array(8 + out.length + sorted.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, sorted.length, true);
  bytes.set(out, 8);
  sorted.forEach((b, i) => (bytes[8 + out.length + i] = b.state));
  return bytes;
}

/** Throws on anything that is not a chunk written by encodeBuildings. */
export function decodeBuildings(bytes: Uint8Array, idPrefix: string): FibreBuilding[] {
  if (bytes.length < 8) throw new Error('offline chunk too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not an offline chunk');
  const count = view.getUint32(4, true);
  const lats = new Float64Array(count);
  const lons = new Float64Array(count);
  let pos = 8;
  const read = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (pos >= bytes.length) throw new Error('offline chunk truncated');
      const b = bytes[pos++] ?? 0;
      result += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
    }
    return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
  };
  let lat = 0;
  let lon = 0;
  for (let i = 0; i < count; i++) {
    lat += read();
    lon += read();
    lats[i] = lat / 1e6;
    lons[i] = lon / 1e6;
  }
  if (bytes.length - pos !== count) throw new Error('offline chunk has a wrong length');
  const buildings: FibreBuilding[] = new Array<FibreBuilding>(count);
  for (let i = 0; i < count; i++) {
    const state = states[bytes[pos + i] ?? 255];
    if (!state) throw new Error('offline chunk has an unknown building state');
    buildings[i] = { id: `${idPrefix}${i}`, lat: lats[i] ?? 0, lon: lons[i] ?? 0, state };
  }
  return buildings;
}
