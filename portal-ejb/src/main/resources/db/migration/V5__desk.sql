-- The service desk: workflow definitions (data, versioned), requests with their fields, documents and history,
-- and the holidays the due dates skip. One script for H2 and PostgreSQL.

CREATE TABLE workflow_definition (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    service_card_id  BIGINT        NOT NULL,
    revision         INTEGER       NOT NULL,
    active           BOOLEAN       NOT NULL,
    start_stage      VARCHAR(60)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT workflow_revision_uk UNIQUE (service_card_id, revision),
    CONSTRAINT workflow_card_fk FOREIGN KEY (service_card_id) REFERENCES service_card (id)
);

CREATE TABLE workflow_stage (
    workflow_id       BIGINT        NOT NULL,
    position          INTEGER       NOT NULL,
    code              VARCHAR(60)   NOT NULL,
    name_fa           VARCHAR(500),
    name_en           VARCHAR(500),
    citizen_fa        VARCHAR(2000),
    citizen_en        VARCHAR(2000),
    time_limit_days   INTEGER,
    waits_on_citizen  BOOLEAN       NOT NULL,
    outcome           VARCHAR(20),
    CONSTRAINT workflow_stage_pk PRIMARY KEY (workflow_id, position),
    CONSTRAINT workflow_stage_fk FOREIGN KEY (workflow_id) REFERENCES workflow_definition (id) ON DELETE CASCADE
);

CREATE TABLE workflow_transition (
    workflow_id    BIGINT        NOT NULL,
    position       INTEGER       NOT NULL,
    code           VARCHAR(60)   NOT NULL,
    from_stage     VARCHAR(60)   NOT NULL,
    to_stage       VARCHAR(60)   NOT NULL,
    name_fa        VARCHAR(500),
    name_en        VARCHAR(500),
    role           VARCHAR(40)   NOT NULL,
    unit_scope     VARCHAR(20)   NOT NULL,
    needs_comment  BOOLEAN       NOT NULL,
    needs_date     BOOLEAN       NOT NULL,
    needs_amount   BOOLEAN       NOT NULL,
    needs_file     BOOLEAN       NOT NULL,
    output         VARCHAR(30),
    CONSTRAINT workflow_transition_pk PRIMARY KEY (workflow_id, position),
    CONSTRAINT workflow_transition_fk FOREIGN KEY (workflow_id) REFERENCES workflow_definition (id) ON DELETE CASCADE
);

CREATE TABLE workflow_field (
    workflow_id  BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    code         VARCHAR(60)   NOT NULL,
    label_fa     VARCHAR(500),
    label_en     VARCHAR(500),
    kind         VARCHAR(20)   NOT NULL,
    required     BOOLEAN       NOT NULL,
    CONSTRAINT workflow_field_pk PRIMARY KEY (workflow_id, position),
    CONSTRAINT workflow_field_fk FOREIGN KEY (workflow_id) REFERENCES workflow_definition (id) ON DELETE CASCADE
);

CREATE TABLE workflow_document (
    workflow_id  BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    code         VARCHAR(60)   NOT NULL,
    label_fa     VARCHAR(500),
    label_en     VARCHAR(500),
    required     BOOLEAN       NOT NULL,
    CONSTRAINT workflow_document_pk PRIMARY KEY (workflow_id, position),
    CONSTRAINT workflow_document_fk FOREIGN KEY (workflow_id) REFERENCES workflow_definition (id) ON DELETE CASCADE
);

CREATE TABLE service_request (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    tracking_code     VARCHAR(20)    NOT NULL,
    form_token        VARCHAR(64)    NOT NULL,
    workflow_id       BIGINT         NOT NULL,
    service_card_id   BIGINT         NOT NULL,
    unit_id           BIGINT         NOT NULL,
    applicant_id      BIGINT,
    submitted_by_id   BIGINT         NOT NULL,
    national_id       VARCHAR(10)    NOT NULL,
    applicant_name    VARCHAR(200)   NOT NULL,
    mobile            VARCHAR(11)    NOT NULL,
    email             VARCHAR(320),
    stage             VARCHAR(60)    NOT NULL,
    waiting_for       VARCHAR(200)   NOT NULL,
    stage_entered_at  TIMESTAMP      NOT NULL,
    submitted_at      TIMESTAMP      NOT NULL,
    submitted_on      DATE           NOT NULL,
    due_on            DATE           NOT NULL,
    paused_on         DATE,
    paused_days       INTEGER        NOT NULL,
    closed_at         TIMESTAMP,
    outcome           VARCHAR(20),
    visit_on          DATE,
    work_on           DATE,
    amount_rials      BIGINT,
    bill_id           VARCHAR(13),
    payment_id        VARCHAR(13),
    paid_reference    VARCHAR(100),
    answer            VARCHAR(8000),
    unread_by_staff   BOOLEAN        NOT NULL,
    rating            INTEGER,
    feedback          VARCHAR(2000),
    rated_at          TIMESTAMP,
    CONSTRAINT service_request_code_uk UNIQUE (tracking_code),
    CONSTRAINT service_request_token_uk UNIQUE (form_token),
    CONSTRAINT service_request_workflow_fk FOREIGN KEY (workflow_id) REFERENCES workflow_definition (id),
    CONSTRAINT service_request_card_fk FOREIGN KEY (service_card_id) REFERENCES service_card (id),
    CONSTRAINT service_request_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT service_request_applicant_fk FOREIGN KEY (applicant_id) REFERENCES account (id),
    CONSTRAINT service_request_submitter_fk FOREIGN KEY (submitted_by_id) REFERENCES account (id)
);

CREATE INDEX service_request_queue_ix ON service_request (unit_id, closed_at, due_on);
CREATE INDEX service_request_applicant_ix ON service_request (applicant_id, submitted_at);
CREATE INDEX service_request_stage_ix ON service_request (stage, closed_at);

CREATE TABLE request_field (
    request_id  BIGINT         NOT NULL,
    code        VARCHAR(60)    NOT NULL,
    field_value VARCHAR(2000)  NOT NULL,
    CONSTRAINT request_field_pk PRIMARY KEY (request_id, code),
    CONSTRAINT request_field_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE
);

CREATE TABLE request_event (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL,
    request_id     BIGINT         NOT NULL,
    at             TIMESTAMP      NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    transition     VARCHAR(60),
    from_stage     VARCHAR(60),
    to_stage       VARCHAR(60),
    actor_id       BIGINT,
    actor_unit_id  BIGINT,
    by_staff       BOOLEAN        NOT NULL,
    client         VARCHAR(64),
    note           VARCHAR(8000),
    date_value     DATE,
    amount_rials   BIGINT,
    document_id    BIGINT,
    CONSTRAINT request_event_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT request_event_actor_fk FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT request_event_unit_fk FOREIGN KEY (actor_unit_id) REFERENCES org_unit (id)
);

CREATE INDEX request_event_request_ix ON request_event (request_id, at);

CREATE TABLE request_document (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       BIGINT         NOT NULL,
    request_id    BIGINT         NOT NULL,
    slot          VARCHAR(60)    NOT NULL,
    file_name     VARCHAR(255)   NOT NULL,
    media_type    VARCHAR(100)   NOT NULL,
    size_bytes    BIGINT         NOT NULL,
    by_staff      BOOLEAN        NOT NULL,
    uploaded_at   TIMESTAMP      NOT NULL,
    uploaded_by   BIGINT         NOT NULL,
    CONSTRAINT request_document_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT request_document_uploader_fk FOREIGN KEY (uploaded_by) REFERENCES account (id)
);

CREATE INDEX request_document_request_ix ON request_document (request_id);

CREATE TABLE document_content (
    document_id  BIGINT  NOT NULL PRIMARY KEY,
    content      BYTEA   NOT NULL,
    CONSTRAINT document_content_fk FOREIGN KEY (document_id) REFERENCES request_document (id) ON DELETE CASCADE
);

CREATE TABLE holiday (
    id       BIGINT        NOT NULL PRIMARY KEY,
    version  BIGINT        NOT NULL,
    holiday_on  DATE       NOT NULL,
    name_fa  VARCHAR(200)  NOT NULL,
    name_en  VARCHAR(200)  NOT NULL,
    CONSTRAINT holiday_day_uk UNIQUE (holiday_on)
);
