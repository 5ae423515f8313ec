-- The core tables. Ids are stable hashes, so reloading the same article is a no-op.

CREATE TABLE sources (
    id          VARCHAR PRIMARY KEY,      -- "seed:<folder>" or "feed:<url>"
    kind        VARCHAR NOT NULL,         -- seed | feed
    name        VARCHAR NOT NULL,
    location    VARCHAR NOT NULL,         -- folder path or feed URL
    first_seen  TIMESTAMPTZ NOT NULL
);

CREATE TABLE articles (
    id                VARCHAR PRIMARY KEY, -- hash of the canonical URL, else of the text
    source_id         VARCHAR NOT NULL,
    origin            VARCHAR NOT NULL,    -- file (and line) or feed entry it came from
    url               VARCHAR,             -- canonical URL, tracking parameters removed
    title             VARCHAR NOT NULL,
    body              VARCHAR NOT NULL,
    language          VARCHAR,
    published_at      TIMESTAMPTZ,         -- UTC; NULL when the source gave no date
    published_from    VARCHAR,             -- how published_at was obtained
    fetched_at        TIMESTAMPTZ NOT NULL,
    content_hash      VARCHAR NOT NULL,
    simhash           BIGINT NOT NULL,     -- 64-bit near-duplicate signature
    is_syria_related  BOOLEAN NOT NULL,
    relevance         DOUBLE NOT NULL,
    run_id            VARCHAR NOT NULL
);

-- The gazetteer as it was when articles were loaded (replaced on every load).
CREATE TABLE entities (
    id              VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,      -- person | armed_group | organisation | state | place
    subtype         VARCHAR,               -- for places: governorate, city, town, base ...
    wikidata        VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    governorate_id  VARCHAR,
    pcode           VARCHAR,
    actor_class     VARCHAR                -- ACLED interaction class
);

CREATE TABLE mentions (
    article_id    VARCHAR NOT NULL,
    entity_id     VARCHAR NOT NULL,
    surface_form  VARCHAR NOT NULL,        -- the words as written in the article
    span_start    INTEGER NOT NULL,        -- character offsets in title + "\n" + body
    span_end      INTEGER NOT NULL,
    alias         VARCHAR NOT NULL,        -- the watchlist alias that matched
    PRIMARY KEY (article_id, span_start, entity_id)
);

CREATE TABLE keyword_hits (
    article_id  VARCHAR NOT NULL,
    term        VARCHAR NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (article_id, term)
);

CREATE TABLE events (
    id              VARCHAR PRIMARY KEY,   -- article id + type + location
    article_id      VARCHAR NOT NULL,
    event_type      VARCHAR NOT NULL,      -- ACLED event type
    sub_event_type  VARCHAR NOT NULL,
    event_date      DATE,
    location_id     VARCHAR,
    actors          VARCHAR[] NOT NULL,    -- entity ids, the acting side first
    fatalities      INTEGER,
    evidence        VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL
);

CREATE TABLE runs (
    id              VARCHAR PRIMARY KEY,
    flow            VARCHAR NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ NOT NULL,
    sources_ok      INTEGER NOT NULL,
    sources_failed  INTEGER NOT NULL,
    documents_read  INTEGER NOT NULL,
    failures        INTEGER NOT NULL,
    articles_new    INTEGER NOT NULL,
    articles_known  INTEGER NOT NULL,
    mentions_new    INTEGER NOT NULL,
    events_new      INTEGER NOT NULL,
    errors          VARCHAR[] NOT NULL     -- "where: what" for each failure
);
