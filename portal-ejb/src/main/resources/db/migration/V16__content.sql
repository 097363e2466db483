-- What citizens come to read (content): news, announcements, tenders, laws, events, FAQ, pages, links and forms,
-- each owned by the unit whose sub-site it belongs to. The public lists read (kind, status, published_at).
CREATE TABLE content_item (
    id              BIGINT            NOT NULL PRIMARY KEY,
    version         BIGINT            NOT NULL,
    kind            VARCHAR(20)       NOT NULL,
    unit_id         BIGINT            NOT NULL,
    status          VARCHAR(20)       NOT NULL,
    title_fa        VARCHAR(500),
    title_en        VARCHAR(500),
    summary_fa      VARCHAR(2000),
    summary_en      VARCHAR(2000),
    body_fa         VARCHAR(1000000),
    body_en         VARCHAR(1000000),
    reference_no    VARCHAR(100),
    issued_on       DATE,
    issuer_fa       VARCHAR(300),
    issuer_en       VARCHAR(300),
    deadline        DATE,
    starts_on       DATE,
    ends_on         DATE,
    place_fa        VARCHAR(300),
    place_en        VARCHAR(300),
    link_url        VARCHAR(500),
    publish_on      DATE,
    expire_on       DATE,
    search_text     VARCHAR(1000000)  NOT NULL,
    created_by      VARCHAR(100)      NOT NULL,
    created_at      TIMESTAMP         NOT NULL,
    updated_by      VARCHAR(100)      NOT NULL,
    updated_at      TIMESTAMP         NOT NULL,
    published_at    TIMESTAMP,
    reviewed_by     VARCHAR(100),
    review_comment  VARCHAR(4000),
    CONSTRAINT content_item_unit_fk FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE INDEX content_item_public_ix ON content_item (kind, status, published_at);
CREATE INDEX content_item_unit_ix ON content_item (unit_id, updated_at);

-- The revisions of every item under review (platform.review): who did what, which fields changed, and the whole
-- item as it left it, to compare any two and restore one.
CREATE TABLE item_revision (
    id            BIGINT            NOT NULL PRIMARY KEY,
    version       BIGINT            NOT NULL,
    subject_kind  VARCHAR(40)       NOT NULL,
    subject_id    BIGINT            NOT NULL,
    number        INTEGER           NOT NULL,
    action        VARCHAR(30)       NOT NULL,
    changed_by    VARCHAR(100)      NOT NULL,
    changed_at    TIMESTAMP         NOT NULL,
    changes       VARCHAR(1000000)  NOT NULL,
    snapshot      VARCHAR(1000000),
    CONSTRAINT item_revision_uk UNIQUE (subject_kind, subject_id, number)
);
