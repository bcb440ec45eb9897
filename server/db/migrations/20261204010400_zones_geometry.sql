-- A working zone's outline (GeoJSON Polygon or MultiPolygon, drawn or imported in the console). Sites,
-- fibre points and buildings inside it belong to it; a zone without an outline is assigned by hand.
ALTER TABLE zones ADD COLUMN geometry jsonb;
