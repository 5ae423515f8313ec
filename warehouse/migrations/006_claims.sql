-- Claims: who said what in an article, and whether another source contradicts it.

CREATE TABLE claims (
    article_id  VARCHAR NOT NULL,
    ord         INTEGER NOT NULL,      -- order in the article
    speaker_id  VARCHAR,               -- entity id; NULL when the text does not say who
    speaker     VARCHAR NOT NULL,      -- as written
    stance      VARCHAR NOT NULL,      -- asserts | denies
    about       VARCHAR,               -- ACLED sub-type the claim is about
    contested   BOOLEAN NOT NULL,      -- another speaker says the opposite
    evidence    VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ord)
);
