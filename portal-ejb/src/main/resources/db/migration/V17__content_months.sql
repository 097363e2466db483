-- The Jalali month an item was published in (year * 100 + month), for the news archive by month: counted with
-- GROUP BY in the database, since SQL knows only Gregorian months.
ALTER TABLE content_item ADD COLUMN published_month INTEGER;

CREATE INDEX content_item_month_ix ON content_item (kind, status, published_month);
