-- A content item's cover picture, one of its kept files; and the items the portal expert features on the home page,
-- as links of the place FEATURED that name their item.
ALTER TABLE content_item ADD COLUMN cover_id BIGINT;
ALTER TABLE content_item ADD CONSTRAINT content_item_cover_fk FOREIGN KEY (cover_id) REFERENCES kept_file (id);

ALTER TABLE site_link ADD COLUMN item_id BIGINT;
ALTER TABLE site_link ADD CONSTRAINT site_link_item_fk FOREIGN KEY (item_id) REFERENCES content_item (id);
CREATE INDEX site_link_item_ix ON site_link (item_id);

-- The site search lists what it finds newest first: read in that order, it stops at the page's last item.
CREATE INDEX content_item_published_ix ON content_item (published_at, id);
