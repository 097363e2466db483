-- The portal's own parts, kept by the portal expert (content): links in a place of the public pages (extra header
-- menu links, home-page banners and quick links, related links in the footer) in the order of their position, and
-- the organisation's contact details, one row.
CREATE TABLE site_link (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    place       VARCHAR(20)    NOT NULL,
    position    INTEGER        NOT NULL,
    title_fa    VARCHAR(200)   NOT NULL,
    title_en    VARCHAR(200),
    text_fa     VARCHAR(500),
    text_en     VARCHAR(500),
    address     VARCHAR(500)   NOT NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL
);

CREATE INDEX site_link_place_ix ON site_link (place, position);

CREATE TABLE site_contact (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    address_fa  VARCHAR(500),
    address_en  VARCHAR(500),
    hours_fa    VARCHAR(300),
    hours_en    VARCHAR(300),
    phone       VARCHAR(50),
    email       VARCHAR(254),
    map_url     VARCHAR(500),
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  TIMESTAMP      NOT NULL
);
