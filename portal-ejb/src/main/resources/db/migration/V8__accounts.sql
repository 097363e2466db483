-- Accounts: registration that the admin approves, the status that says whether one may sign in, the
-- citizen's national ID, single-use mail links, two-factor sign-in, and the failed sign-ins that slow guessing.

ALTER TABLE account ADD COLUMN status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
UPDATE account SET status = 'DISABLED' WHERE enabled = FALSE;
ALTER TABLE account DROP COLUMN enabled;
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account ADD COLUMN national_id VARCHAR(10);
ALTER TABLE account ADD COLUMN mobile VARCHAR(11);
ALTER TABLE account ADD COLUMN status_reason VARCHAR(1000);
ALTER TABLE account ADD COLUMN password_change_due BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN sessions_ended_at TIMESTAMP;
CREATE UNIQUE INDEX account_national_id_uk ON account (national_id);
CREATE INDEX account_status_ix ON account (status, created_at);

CREATE TABLE account_recovery_code (
    account_id  BIGINT      NOT NULL,
    code_hash   VARCHAR(64) NOT NULL,
    CONSTRAINT account_recovery_code_pk PRIMARY KEY (account_id, code_hash),
    CONSTRAINT account_recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- A link sent by mail holds a random token; only its SHA-256 is kept, so the table gives no working link away.
CREATE TABLE account_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    email       VARCHAR(320),
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT account_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX account_token_account_ix ON account_token (account_id, purpose);

-- Failed sign-ins per typed name and client: a name that has no account counts the same way.
CREATE TABLE sign_in_failure (
    failure_key      VARCHAR(200) NOT NULL PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL
);
CREATE INDEX sign_in_failure_username_ix ON sign_in_failure (username);
