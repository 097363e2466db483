-- A proposal's file: the letters, studies and forms a unit sends with it, read by the secretary and the members
-- before the meeting. The bytes sit apart so lists of files never load them.
CREATE TABLE committee_proposal_file (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    proposal_id  BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    uploaded_by  VARCHAR(100)  NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT committee_proposal_file_fk FOREIGN KEY (proposal_id) REFERENCES committee_proposal (id)
);

CREATE INDEX committee_proposal_file_ix ON committee_proposal_file (proposal_id);

CREATE TABLE committee_proposal_file_content (
    file_id  BIGINT  NOT NULL PRIMARY KEY,
    content  BYTEA   NOT NULL,
    CONSTRAINT committee_proposal_file_content_fk FOREIGN KEY (file_id)
        REFERENCES committee_proposal_file (id) ON DELETE CASCADE
);
