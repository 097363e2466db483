-- The visitor widget (platform.visitors): who was seen on which Tehran day, by each node (a node writes only its
-- own rows, every few seconds, never one row per view), the finished days' counts, and the peak of online visitors.
CREATE TABLE visitor_seen (
    seen_on    DATE          NOT NULL,
    visitor    VARCHAR(32)   NOT NULL,
    node       VARCHAR(100)  NOT NULL,
    last_seen  TIMESTAMP     NOT NULL,
    CONSTRAINT visitor_seen_pk PRIMARY KEY (seen_on, visitor, node)
);

CREATE INDEX visitor_seen_last_ix ON visitor_seen (last_seen);

CREATE TABLE visitor_day (
    counted_on  DATE    NOT NULL PRIMARY KEY,
    visitors    BIGINT  NOT NULL
);

CREATE TABLE visitor_peak (
    id          INTEGER    NOT NULL PRIMARY KEY,
    online      BIGINT     NOT NULL,
    reached_at  TIMESTAMP  NOT NULL
);

INSERT INTO visitor_peak (id, online, reached_at) VALUES (1, 0, CURRENT_TIMESTAMP);
