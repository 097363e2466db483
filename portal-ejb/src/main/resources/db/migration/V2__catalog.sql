-- The service catalog: service identity cards (seeds/002), their stages and system links, their revisions.

CREATE TABLE service_card (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    national_service_id VARCHAR(40),
    title_fa VARCHAR(20000),
    title_en VARCHAR(20000),
    provider_agency_fa VARCHAR(20000),
    provider_agency_en VARCHAR(20000),
    parent_agency_fa VARCHAR(20000),
    parent_agency_en VARCHAR(20000),
    description_fa VARCHAR(20000),
    description_en VARCHAR(20000),
    types VARCHAR(400),
    audiences VARCHAR(400),
    nature VARCHAR(20),
    levels VARCHAR(400),
    life_events VARCHAR(400),
    start_triggers VARCHAR(400),
    start_other_fa VARCHAR(20000),
    start_other_en VARCHAR(20000),
    input_items_fa VARCHAR(20000),
    input_items_en VARCHAR(20000),
    documents_fa VARCHAR(20000),
    documents_en VARCHAR(20000),
    laws_fa VARCHAR(20000),
    laws_en VARCHAR(20000),
    recipients BIGINT,
    recipients_period VARCHAR(20),
    average_days INTEGER,
    frequency_count INTEGER,
    frequency_period VARCHAR(20),
    in_person_visits INTEGER,
    cost_rials BIGINT,
    tariff_fa VARCHAR(20000),
    tariff_en VARCHAR(20000),
    web_address VARCHAR(500),
    system_name_fa VARCHAR(20000),
    system_name_en VARCHAR(20000),
    processes_fa VARCHAR(20000),
    processes_en VARCHAR(20000),
    outputs_fa VARCHAR(20000),
    outputs_en VARCHAR(20000),
    filled_by_name VARCHAR(200),
    filled_by_phone VARCHAR(40),
    filled_by_email VARCHAR(320),
    search_text   VARCHAR(100000) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    published_at  TIMESTAMP,
    CONSTRAINT service_card_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE INDEX service_card_status_ix ON service_card (status, unit_id);

CREATE TABLE service_card_stage (
    card_id            BIGINT        NOT NULL,
    position           INTEGER       NOT NULL,
    stage              VARCHAR(20)   NOT NULL,
    electronic         BOOLEAN       NOT NULL,
    channels           VARCHAR(400),
    in_person_reasons  VARCHAR(400),
    visit_levels       VARCHAR(400),
    note               VARCHAR(2000),
    CONSTRAINT service_card_stage_pk PRIMARY KEY (card_id, position),
    CONSTRAINT service_card_stage_card_fk FOREIGN KEY (card_id) REFERENCES service_card (id) ON DELETE CASCADE
);

CREATE TABLE service_card_link (
    card_id           BIGINT        NOT NULL,
    position          INTEGER       NOT NULL,
    agency            VARCHAR(200),
    system_name       VARCHAR(200),
    exchanged_fields  VARCHAR(1000),
    mode              VARCHAR(20)   NOT NULL,
    inquiry_by        VARCHAR(20),
    cost_rials        BIGINT,
    CONSTRAINT service_card_link_pk PRIMARY KEY (card_id, position),
    CONSTRAINT service_card_link_card_fk FOREIGN KEY (card_id) REFERENCES service_card (id) ON DELETE CASCADE
);

CREATE TABLE service_card_revision (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    card_id     BIGINT        NOT NULL,
    number      INTEGER       NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  TIMESTAMP     NOT NULL,
    changes     VARCHAR(1000000) NOT NULL,
    CONSTRAINT service_card_revision_uk UNIQUE (card_id, number),
    CONSTRAINT service_card_revision_card_fk FOREIGN KEY (card_id) REFERENCES service_card (id) ON DELETE CASCADE
);
