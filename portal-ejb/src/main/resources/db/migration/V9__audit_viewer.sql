-- The audit viewer asks for the newest entries of one person or of one action, a page at a time. A range of days
-- uses audit_entry_at_ix of V7; a part of a subject (LIKE '%...%') cannot use an index on either database.

CREATE INDEX audit_entry_username_ix ON audit_entry (username, at);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, at);
