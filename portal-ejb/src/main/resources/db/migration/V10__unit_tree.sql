-- Units as a tree: each unit under its parent (none for a root), its kind instead of the headquarters flag (the
-- reports count headquarters departments as headquarters, district and counter offices as operational), and
-- where and when a counter office receives people, for the public list of counter offices by county.

ALTER TABLE org_unit ADD COLUMN parent_id BIGINT;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_parent_fk FOREIGN KEY (parent_id) REFERENCES org_unit (id);
CREATE INDEX org_unit_parent_ix ON org_unit (parent_id);

ALTER TABLE org_unit ADD COLUMN kind VARCHAR(30) DEFAULT 'DISTRICT_OFFICE' NOT NULL;
UPDATE org_unit SET kind = 'HEADQUARTERS_DEPARTMENT' WHERE headquarters = TRUE;
ALTER TABLE org_unit ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_kind_ck
    CHECK (kind IN ('HEADQUARTERS_DEPARTMENT', 'DISTRICT_OFFICE', 'COUNTER_OFFICE'));
ALTER TABLE org_unit DROP COLUMN headquarters;

ALTER TABLE org_unit ADD COLUMN county_fa VARCHAR(100);
ALTER TABLE org_unit ADD COLUMN county_en VARCHAR(100);
ALTER TABLE org_unit ADD COLUMN address_fa VARCHAR(500);
ALTER TABLE org_unit ADD COLUMN address_en VARCHAR(500);
ALTER TABLE org_unit ADD COLUMN phone VARCHAR(40);
ALTER TABLE org_unit ADD COLUMN hours_fa VARCHAR(200);
ALTER TABLE org_unit ADD COLUMN hours_en VARCHAR(200);
ALTER TABLE org_unit ADD COLUMN map_link VARCHAR(500);
CREATE INDEX org_unit_county_ix ON org_unit (kind, county_fa);
