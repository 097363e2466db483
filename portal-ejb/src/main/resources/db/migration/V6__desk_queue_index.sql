-- The queue of a role that serves every unit (counter offices) reads open requests by due date across units.
CREATE INDEX service_request_open_due_ix ON service_request (closed_at, due_on);
