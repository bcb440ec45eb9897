// GeoJSON FeatureCollections for QGIS, streamed feature by feature. A record without a place is left
// out (QGIS drops null geometries from a point layer anyway); its attributes are in the CSV.
import type { Position } from '../../../shared/schemas/common.ts';

export interface GeoFeature {
  position: Position | null;
  properties: Record<string, string | number | boolean | null>;
}

export async function* geojsonStream(
  pages: AsyncIterable<readonly GeoFeature[]>,
  name: string,
): AsyncGenerator<string> {
  yield `{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[`;
  let first = true;
  for await (const page of pages) {
    const parts: string[] = [];
    for (const f of page) {
      if (!f.position) continue;
      const feature = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [f.position.lon, f.position.lat] },
        properties: f.properties,
      };
      parts.push(`${first ? '' : ','}\n${JSON.stringify(feature)}`);
      first = false;
    }
    if (parts.length) yield parts.join('');
  }
  yield '\n]}\n';
}
