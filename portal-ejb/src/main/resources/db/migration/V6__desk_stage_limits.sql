-- The queue of a role that serves every unit (counter offices) reads open requests by due date across units.
CREATE INDEX service_request_open_due_ix ON service_request (closed_at, due_on);

-- The day a request entered its stage, from which the stage's own time limit counts in working days.
ALTER TABLE service_request ADD COLUMN stage_entered_on DATE;
UPDATE service_request SET stage_entered_on = CAST(stage_entered_at AS DATE);
