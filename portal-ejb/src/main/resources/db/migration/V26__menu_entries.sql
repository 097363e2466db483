-- The portal's own entries of the header menu become links of the place MENU that the portal expert moves among the
-- added ones and hides, but does not change or remove: each names its entry (builtin), whose title the pages take
-- from their bundles in the reader's language. Negative ids, which the id sequence never gives.
ALTER TABLE site_link ADD COLUMN builtin VARCHAR(20);
ALTER TABLE site_link ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE site_link ADD CONSTRAINT site_link_builtin_uk UNIQUE (builtin);

UPDATE site_link SET position = position + 7 WHERE place = 'MENU';
INSERT INTO site_link (id, version, place, position, title_fa, title_en, address, builtin, hidden, updated_by, updated_at)
VALUES (-1, 1, 'MENU', 0, 'خانه', 'Home', '/', 'home', FALSE, 'portal', CURRENT_TIMESTAMP),
       (-2, 1, 'MENU', 1, 'اخبار', 'News', '/content/?kind=NEWS', 'news', FALSE, 'portal', CURRENT_TIMESTAMP),
       (-3, 1, 'MENU', 2, 'فهرست خدمات', 'Services', '/catalog/', 'catalog', FALSE, 'portal', CURRENT_TIMESTAMP),
       (-4, 1, 'MENU', 3, 'پیگیری درخواست', 'Track a request', '/track/', 'track', FALSE, 'portal', CURRENT_TIMESTAMP),
       (-5, 1, 'MENU', 4, 'خاموشی‌ها', 'Outages', '/outages.xhtml', 'outages', FALSE, 'portal', CURRENT_TIMESTAMP),
       (-6, 1, 'MENU', 5, 'دفاتر پیشخوان', 'Counter offices', '/offices.xhtml', 'offices', FALSE, 'portal',
        CURRENT_TIMESTAMP),
       (-7, 1, 'MENU', 6, 'آمار', 'Statistics', '/statistics/', 'statistics', FALSE, 'portal', CURRENT_TIMESTAMP);
