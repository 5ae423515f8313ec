-- Feeds: polling state per feed, and every source that carried each article.

CREATE TABLE feed_state (
    source_id             VARCHAR PRIMARY KEY,  -- "feed:<url as configured>"
    name                  VARCHAR NOT NULL,
    url                   VARCHAR NOT NULL,     -- polled here now (after permanent redirects)
    etag                  VARCHAR,
    last_modified         VARCHAR,
    last_status           INTEGER,              -- HTTP status; NULL when there was no answer
    last_polled           TIMESTAMPTZ,
    last_success          TIMESTAMPTZ,
    last_error            VARCHAR,
    last_warning          VARCHAR,              -- e.g. a malformed feed that was still read
    consecutive_failures  INTEGER NOT NULL,
    items_seen            BIGINT NOT NULL,
    next_poll             TIMESTAMPTZ
);

-- One row per (article, source): the article itself is stored once, as the
-- first source had it; later copies (same URL, same guid, same text, or a
-- near-duplicate rewrite) only add a row here.
CREATE TABLE article_sources (
    article_id  VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    url         VARCHAR,
    match       VARCHAR NOT NULL,   -- first | same url | same guid | same text | near duplicate
    first_seen  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, source_id)
);

INSERT INTO article_sources
SELECT id, source_id, url, 'first', fetched_at FROM articles;

ALTER TABLE articles ADD COLUMN guid VARCHAR;
ALTER TABLE articles ADD COLUMN author VARCHAR;

CREATE VIEW feeds AS
SELECT f.name, f.url, f.last_status, f.last_success, f.consecutive_failures AS failures,
       f.items_seen, f.next_poll, coalesce(f.last_error, f.last_warning) AS problem
FROM feed_state f
ORDER BY f.consecutive_failures DESC, f.name;
