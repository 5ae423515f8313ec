-- Injuries beside fatalities, and every casualty figure an article states with
-- who states it: the coded figure (ACLED: the most conservative where named
-- sources disagree) is in events; what each source said is here.

ALTER TABLE events ADD COLUMN injuries INTEGER;

CREATE TABLE event_figures (
    event_id    VARCHAR NOT NULL,
    ord         INTEGER NOT NULL,      -- order in the article
    kind        VARCHAR NOT NULL,      -- killed | injured
    figure      INTEGER NOT NULL,
    source_id   VARCHAR,               -- entity id of who states it; NULL when not said
    source      VARCHAR,               -- as written
    evidence    VARCHAR NOT NULL,
    PRIMARY KEY (event_id, ord)
);
