// Where people asked for the cooperative: H3 hexagons coloured by how many registrations they hold,
// each labelled with its count ("1–2" below three). Never a point: the server sends cells only.
import { Polygon, Tooltip } from 'react-leaflet';
import { demandClass, demandLabel, DEMAND_STROKE } from './demand.ts';
import { useDemand } from './queries.ts';

export function DemandLayer() {
  const demand = useDemand(true);
  return (
    <>
      {demand.data?.cells.map((cell) => (
        <Polygon
          key={cell.h3}
          positions={cell.boundary}
          pathOptions={{
            color: DEMAND_STROKE,
            weight: 1.5,
            fillColor: demandClass(cell.total).fill,
            fillOpacity: 0.55,
          }}
          interactive={false}
        >
          <Tooltip permanent direction="center" className="demand-label">
            {demandLabel(cell.total)}
          </Tooltip>
        </Polygon>
      ))}
    </>
  );
}
