-- The kernel: the language a person reads (mail comes in it), the throttle's counters shared by every node,
-- and the roles an open request waits for as rows instead of a '|role|role|' string.

ALTER TABLE account ADD COLUMN language VARCHAR(5) DEFAULT 'fa' NOT NULL;

CREATE TABLE throttle_counter (
    counter_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    window_ends  TIMESTAMP    NOT NULL,
    hits         INTEGER      NOT NULL
);

CREATE TABLE request_waiting_role (
    request_id  BIGINT      NOT NULL,
    role        VARCHAR(40) NOT NULL,
    CONSTRAINT request_waiting_role_pk PRIMARY KEY (request_id, role),
    CONSTRAINT request_waiting_role_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id)
        ON DELETE CASCADE
);
CREATE INDEX request_waiting_role_ix ON request_waiting_role (role, request_id);

INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'citizen' FROM service_request WHERE waiting_for LIKE '%|citizen|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'editor' FROM service_request WHERE waiting_for LIKE '%|editor|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'unit-manager' FROM service_request WHERE waiting_for LIKE '%|unit-manager|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'portal-expert' FROM service_request WHERE waiting_for LIKE '%|portal-expert|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'case-officer' FROM service_request WHERE waiting_for LIKE '%|case-officer|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'counter-clerk' FROM service_request WHERE waiting_for LIKE '%|counter-clerk|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'committee' FROM service_request WHERE waiting_for LIKE '%|committee|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'it-operator' FROM service_request WHERE waiting_for LIKE '%|it-operator|%';
INSERT INTO request_waiting_role (request_id, role)
SELECT id, 'admin' FROM service_request WHERE waiting_for LIKE '%|admin|%';

ALTER TABLE service_request DROP COLUMN waiting_for;

-- The audit log of every feature: who, unit, when, from where, what, to which thing, fields before and after.
CREATE TABLE audit_entry (
    id         BIGINT        NOT NULL PRIMARY KEY,
    at         TIMESTAMP     NOT NULL,
    username   VARCHAR(100)  NOT NULL,
    unit_code  VARCHAR(40),
    client     VARCHAR(64),
    action     VARCHAR(80)   NOT NULL,
    subject    VARCHAR(120)  NOT NULL,
    changes    VARCHAR(1000000),
    version    BIGINT        NOT NULL
);
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject, at);
CREATE INDEX audit_entry_at_ix ON audit_entry (at);
