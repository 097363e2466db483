-- License identity cards (seeds/002, forms 1 and 2), one per service card that issues a license.

CREATE TABLE license_card (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    service_card_id  BIGINT        NOT NULL,
    title_fa         VARCHAR(500),
    title_en         VARCHAR(500),
    CONSTRAINT license_card_service_uk UNIQUE (service_card_id),
    CONSTRAINT license_card_service_fk FOREIGN KEY (service_card_id) REFERENCES service_card (id) ON DELETE CASCADE
);

CREATE TABLE license_step (
    license_id          BIGINT        NOT NULL,
    position            INTEGER       NOT NULL,
    operation           VARCHAR(20)   NOT NULL,
    legal_basis_fa      VARCHAR(4000),
    legal_basis_en      VARCHAR(4000),
    documents_fa        VARCHAR(4000),
    documents_en        VARCHAR(4000),
    validity_fa         VARCHAR(400),
    validity_en         VARCHAR(400),
    cost_rials          BIGINT,
    applicants          VARCHAR(100),
    process             VARCHAR(20),
    supervising_bodies  VARCHAR(1000),
    approximate_time    VARCHAR(100),
    electronic          BOOLEAN       NOT NULL,
    notes               VARCHAR(2000),
    CONSTRAINT license_step_pk PRIMARY KEY (license_id, position),
    CONSTRAINT license_step_license_fk FOREIGN KEY (license_id) REFERENCES license_card (id) ON DELETE CASCADE
);

CREATE TABLE license_inquiry (
    license_id   BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    agency       VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    subject      VARCHAR(400),
    documents    VARCHAR(2000),
    validity     VARCHAR(200),
    cost_rials   BIGINT,
    duration     VARCHAR(100),
    electronic   BOOLEAN       NOT NULL,
    notes        VARCHAR(2000),
    CONSTRAINT license_inquiry_pk PRIMARY KEY (license_id, position),
    CONSTRAINT license_inquiry_license_fk FOREIGN KEY (license_id) REFERENCES license_card (id) ON DELETE CASCADE
);
