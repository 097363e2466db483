-- The platform: organisation units, accounts with roles, the mail outbox.
-- One script for H2 and PostgreSQL: keep to the SQL both understand.

CREATE SEQUENCE portal_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name_fa       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    headquarters  BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT org_unit_code_uk UNIQUE (code)
);

CREATE TABLE account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(320),
    unit_id        BIGINT,
    enabled        BOOLEAN      NOT NULL,
    failed_logins  INTEGER      NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(40) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE outbox_mail (
    id               BIGINT         NOT NULL PRIMARY KEY,
    recipient        VARCHAR(320)   NOT NULL,
    subject          VARCHAR(500)   NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP      NOT NULL,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP      NOT NULL,
    sent_at          TIMESTAMP,
    version          BIGINT         NOT NULL
);

CREATE INDEX outbox_mail_due_ix ON outbox_mail (status, next_attempt_at);
