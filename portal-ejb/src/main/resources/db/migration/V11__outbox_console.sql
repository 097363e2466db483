-- The outbox console (/admin/outbox.xhtml): when a mail was last tried, and the list newest first.

ALTER TABLE outbox_mail ADD COLUMN last_attempt_at TIMESTAMP;

CREATE INDEX outbox_mail_created_ix ON outbox_mail (created_at);
