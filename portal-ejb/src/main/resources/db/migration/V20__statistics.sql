-- Statistics series (content): figures a unit's staff keep and the public portal draws as charts and tables, such
-- as dam levels, rainfall by station or weekly figures. A series has lines (a dam, a station) and a value per line
-- and day; one line holds at most one value a day. Every change to a series' lines or values raises its version, so
-- two people entering values at once cannot overwrite each other.
CREATE TABLE stat_series (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    code        VARCHAR(60)    NOT NULL,
    unit_id     BIGINT         NOT NULL,
    title_fa    VARCHAR(300)   NOT NULL,
    title_en    VARCHAR(300),
    about_fa    VARCHAR(2000),
    about_en    VARCHAR(2000),
    measure_fa  VARCHAR(100)   NOT NULL,
    measure_en  VARCHAR(100),
    chart       VARCHAR(10)    NOT NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    CONSTRAINT stat_series_code_uk UNIQUE (code),
    CONSTRAINT stat_series_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE stat_line (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    series_id   BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    name_fa     VARCHAR(200)   NOT NULL,
    name_en     VARCHAR(200),
    CONSTRAINT stat_line_series_fk FOREIGN KEY (series_id) REFERENCES stat_series (id)
);

CREATE INDEX stat_line_series_ix ON stat_line (series_id, position);

CREATE TABLE stat_value (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    series_id   BIGINT         NOT NULL,
    line_id     BIGINT         NOT NULL,
    measured_on DATE           NOT NULL,
    amount      DECIMAL(18, 3) NOT NULL,
    CONSTRAINT stat_value_series_fk FOREIGN KEY (series_id) REFERENCES stat_series (id),
    CONSTRAINT stat_value_line_fk FOREIGN KEY (line_id) REFERENCES stat_line (id),
    CONSTRAINT stat_value_uk UNIQUE (line_id, measured_on)
);

CREATE INDEX stat_value_series_ix ON stat_value (series_id, measured_on);
