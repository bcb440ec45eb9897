-- The radio on the mast ("Ubiquiti LiteBeam 5AC"…), for technicians bringing a spare.
ALTER TABLE sectors ADD COLUMN device_model text;
