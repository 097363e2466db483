-- Planned outages (content): which county and area is switched off on which day and hours, and why; kept by a
-- unit's staff, or written by the batch issue's import from the customer-service system (source, reference: one
-- record per outage there, so a re-import changes it instead of adding another).
CREATE TABLE planned_outage (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    unit_id     BIGINT         NOT NULL,
    county_fa   VARCHAR(100)   NOT NULL,
    county_en   VARCHAR(100),
    area_fa     VARCHAR(1000)  NOT NULL,
    area_en     VARCHAR(1000),
    reason_fa   VARCHAR(500),
    reason_en   VARCHAR(500),
    outage_on   DATE           NOT NULL,
    starts_at   TIME           NOT NULL,
    ends_at     TIME           NOT NULL,
    source      VARCHAR(20)    NOT NULL,
    reference   VARCHAR(100),
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    CONSTRAINT planned_outage_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT planned_outage_reference_uk UNIQUE (source, reference)
);

CREATE INDEX planned_outage_day_ix ON planned_outage (outage_on, county_fa);
