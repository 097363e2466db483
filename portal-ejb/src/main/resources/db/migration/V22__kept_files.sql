-- Kept files (kernel): a file the portal keeps for what owns it ('ContentItem:42'), its safe name, detected type and
-- size; the bytes sit apart so lists of files never load them. Content items list the files they show in
-- attachment_ids, in the published text and in every revision alike, so an attachment goes public with its review.
CREATE TABLE kept_file (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    kept_by     VARCHAR(100)  NOT NULL,
    kept_at     TIMESTAMP     NOT NULL
);

CREATE INDEX kept_file_owner_ix ON kept_file (owner);

CREATE TABLE kept_file_content (
    file_id  BIGINT  NOT NULL PRIMARY KEY,
    content  BYTEA   NOT NULL,
    CONSTRAINT kept_file_content_fk FOREIGN KEY (file_id) REFERENCES kept_file (id) ON DELETE CASCADE
);

ALTER TABLE content_item ADD COLUMN attachment_ids VARCHAR(1000);
