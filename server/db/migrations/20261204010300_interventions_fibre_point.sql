-- An intervention's fibreNodeId names a fibre point (PM or PBO). fibre_nodes was never filled by any
-- import or screen, so no row can reference it and the link moves without losing anything.
ALTER TABLE interventions DROP CONSTRAINT interventions_fibre_node_id_fkey;
ALTER TABLE interventions ADD CONSTRAINT interventions_fibre_point_fkey
  FOREIGN KEY (fibre_node_id) REFERENCES fibre_points (id) ON DELETE SET NULL;
