-- A citizen's request is filed under their account's national ID; one filed for another person (a parent, a
-- company) says so.
ALTER TABLE service_request ADD COLUMN on_behalf BOOLEAN DEFAULT FALSE NOT NULL;
