-- The committee: a unit's proposal for a new e-service, its dated and attributed steps, the meetings that decide
-- (agenda, attendance, one vote per present member and item, the rule frozen when the meeting opens), and the
-- IT task that provisions an approved service. The proposal's draft card waits in the catalog as PROPOSED: only
-- the committee's pipeline publishes it.

CREATE TABLE committee_proposal (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    unit_id               BIGINT         NOT NULL,
    card_id               BIGINT         NOT NULL,
    title                 VARCHAR(300)   NOT NULL,
    service_type          VARCHAR(10)    NOT NULL,
    reason                VARCHAR(20)    NOT NULL,
    index_name            VARCHAR(300),
    index_score           DECIMAL(7, 2),
    users_per_year        BIGINT,
    visits_saved_per_year BIGINT,
    summary               VARCHAR(20000),
    status                VARCHAR(20)    NOT NULL,
    proposed_by           VARCHAR(100)   NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    submitted_at          TIMESTAMP,
    decided_at            TIMESTAMP,
    published_at          TIMESTAMP,
    CONSTRAINT committee_proposal_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT committee_proposal_card_fk FOREIGN KEY (card_id) REFERENCES service_card (id)
);
CREATE INDEX committee_proposal_status_ix ON committee_proposal (status, unit_id);
CREATE UNIQUE INDEX committee_proposal_card_uk ON committee_proposal (card_id);

-- Every change of a proposal's state: when, who (and their unit), from what to what, and what they wrote.
CREATE TABLE committee_proposal_step (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    proposal_id  BIGINT         NOT NULL,
    at           TIMESTAMP      NOT NULL,
    actor        VARCHAR(100)   NOT NULL,
    unit_code    VARCHAR(40),
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)    NOT NULL,
    note         VARCHAR(4000),
    meeting_id   BIGINT,
    CONSTRAINT committee_proposal_step_fk FOREIGN KEY (proposal_id) REFERENCES committee_proposal (id)
);
CREATE INDEX committee_proposal_step_ix ON committee_proposal_step (proposal_id, at);

CREATE TABLE committee_meeting (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    number              INTEGER       NOT NULL,
    starts_at           TIMESTAMP     NOT NULL,
    place               VARCHAR(300),
    status              VARCHAR(20)   NOT NULL,
    scheduled_by        VARCHAR(100)  NOT NULL,
    opened_at           TIMESTAMP,
    closed_at           TIMESTAMP,
    -- the rule as it stood when the meeting opened
    rule_members        INTEGER,
    rule_quorum         INTEGER,
    rule_tie            VARCHAR(20)
);
CREATE UNIQUE INDEX committee_meeting_number_uk ON committee_meeting (number);
CREATE INDEX committee_meeting_starts_ix ON committee_meeting (starts_at);

-- The minutes as the secretary closed the meeting, kept with it (apart, so that listing meetings reads no PDF).
CREATE TABLE committee_minutes (
    meeting_id  BIGINT     NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP  NOT NULL,
    content     BYTEA      NOT NULL,
    CONSTRAINT committee_minutes_meeting_fk FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id)
);

CREATE TABLE committee_attendance (
    meeting_id  BIGINT        NOT NULL,
    member      VARCHAR(100)  NOT NULL,
    CONSTRAINT committee_attendance_pk PRIMARY KEY (meeting_id, member),
    CONSTRAINT committee_attendance_meeting_fk FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id)
);

CREATE TABLE committee_agenda_item (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    meeting_id   BIGINT         NOT NULL,
    proposal_id  BIGINT         NOT NULL,
    position     INTEGER        NOT NULL,
    decision     VARCHAR(20),
    conditions   VARCHAR(4000),
    closed_at    TIMESTAMP,
    closed_by    VARCHAR(100),
    CONSTRAINT committee_agenda_item_meeting_fk FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id),
    CONSTRAINT committee_agenda_item_proposal_fk FOREIGN KEY (proposal_id) REFERENCES committee_proposal (id)
);
CREATE UNIQUE INDEX committee_agenda_item_uk ON committee_agenda_item (meeting_id, proposal_id);
CREATE INDEX committee_agenda_item_proposal_ix ON committee_agenda_item (proposal_id);

-- One vote per member and item: the unique key is what makes a second vote fail even when two arrive at once.
CREATE TABLE committee_vote (
    id        BIGINT         NOT NULL PRIMARY KEY,
    version   BIGINT         NOT NULL,
    item_id   BIGINT         NOT NULL,
    member    VARCHAR(100)   NOT NULL,
    choice    VARCHAR(20)    NOT NULL,
    comment   VARCHAR(4000),
    cast_at   TIMESTAMP      NOT NULL,
    CONSTRAINT committee_vote_item_fk FOREIGN KEY (item_id) REFERENCES committee_agenda_item (id)
);
CREATE UNIQUE INDEX committee_vote_uk ON committee_vote (item_id, member);

-- What IT does for an approved proposal before its card is published.
CREATE TABLE committee_provisioning (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    proposal_id       BIGINT         NOT NULL,
    infrastructure    BOOLEAN        DEFAULT FALSE NOT NULL,
    database_link     BOOLEAN        DEFAULT FALSE NOT NULL,
    workflow_attached BOOLEAN        DEFAULT FALSE NOT NULL,
    tested            BOOLEAN        DEFAULT FALSE NOT NULL,
    note              VARCHAR(4000),
    opened_at         TIMESTAMP      NOT NULL,
    closed_at         TIMESTAMP,
    closed_by         VARCHAR(100),
    CONSTRAINT committee_provisioning_proposal_fk FOREIGN KEY (proposal_id) REFERENCES committee_proposal (id)
);
CREATE UNIQUE INDEX committee_provisioning_uk ON committee_provisioning (proposal_id);
