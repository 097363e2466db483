-- The next version of something already published, kept whole until its reviewer publishes it or returns it
-- with a comment (platform.review): one per item, named by the item's kind and id.
CREATE TABLE pending_revision (
    id              BIGINT            NOT NULL PRIMARY KEY,
    version         BIGINT            NOT NULL,
    subject_kind    VARCHAR(40)       NOT NULL,
    subject_id      BIGINT            NOT NULL,
    unit_id         BIGINT            NOT NULL,
    state           VARCHAR(20)       NOT NULL,
    snapshot        VARCHAR(1000000)  NOT NULL,
    edited_by       VARCHAR(100)      NOT NULL,
    edited_at       TIMESTAMP         NOT NULL,
    submitted_at    TIMESTAMP,
    reviewed_by     VARCHAR(100),
    reviewed_at     TIMESTAMP,
    review_comment  VARCHAR(4000),
    CONSTRAINT pending_revision_subject_uk UNIQUE (subject_kind, subject_id),
    CONSTRAINT pending_revision_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE INDEX pending_revision_unit_ix ON pending_revision (unit_id, state);

-- Each revision of a service card that changed its fields keeps the whole card as it left it, so any two can be
-- compared and an earlier one restored; older revisions have none.
ALTER TABLE service_card_revision ADD COLUMN snapshot VARCHAR(1000000);
