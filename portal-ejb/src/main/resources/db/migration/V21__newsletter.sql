-- The newsletter (content): an address is on the list once it has followed the link mailed to it (double opt-in);
-- every mail it gets carries a link that takes it off. Only the SHA-256 of the confirmation link's token is kept; the
-- leaving link's token is kept as it is, since every digest is mailed with it (whoever could read it could only take
-- an address off the list). A digest is one
-- row per Tehran day, so that two nodes whose timers fire together send it once.
CREATE TABLE newsletter_subscriber (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    language      VARCHAR(2)    NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    leave_token   VARCHAR(64)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    asked_at      TIMESTAMP     NOT NULL,
    confirmed_at  TIMESTAMP,
    left_at       TIMESTAMP,
    CONSTRAINT newsletter_subscriber_email_uk UNIQUE (email),
    CONSTRAINT newsletter_subscriber_token_uk UNIQUE (token_hash),
    CONSTRAINT newsletter_subscriber_leave_uk UNIQUE (leave_token)
);

CREATE INDEX newsletter_subscriber_status_ix ON newsletter_subscriber (status, id);

CREATE TABLE newsletter_digest (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    sent_on       DATE          NOT NULL,
    since         TIMESTAMP     NOT NULL,
    sent_at       TIMESTAMP     NOT NULL,
    items         INTEGER       NOT NULL,
    recipients    INTEGER       NOT NULL,
    CONSTRAINT newsletter_digest_day_uk UNIQUE (sent_on)
);
