-- Alerts: an outbox of alerts (one per rule and story) and their deliveries.

ALTER TABLE feed_state ADD COLUMN failing_since TIMESTAMPTZ;

CREATE TABLE alerts (
    id              VARCHAR PRIMARY KEY,   -- the idempotency key: hash of the subject
    rule            VARCHAR NOT NULL,      -- the rule that fired last
    subject         VARCHAR NOT NULL,      -- story key, "surge|entity|day" or "ops|..."
    kind            VARCHAR NOT NULL,      -- story | surge | operations
    mode            VARCHAR NOT NULL,      -- immediate | hourly | daily
    severity        VARCHAR NOT NULL,      -- low | medium | high | critical
    score           DOUBLE NOT NULL,
    headline        VARCHAR NOT NULL,
    summary         VARCHAR NOT NULL,      -- the evidence sentence or what happened
    reason          VARCHAR NOT NULL,      -- which rule fired and why
    event_type      VARCHAR,
    sub_event_type  VARCHAR,
    location        VARCHAR,
    governorate     VARCHAR,
    day             DATE,
    fatalities      INTEGER,
    sources         INTEGER NOT NULL,
    source_names    VARCHAR[] NOT NULL,
    url             VARCHAR,
    version         INTEGER NOT NULL,      -- raised when the story escalates
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE deliveries (
    alert_id      VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    channel       VARCHAR NOT NULL,        -- email | slack | file | ops-email | ops-slack
    mode          VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,        -- pending | sending | sent | failed | unconfirmed
    attempts      INTEGER NOT NULL,
    last_error    VARCHAR,
    next_attempt  TIMESTAMPTZ NOT NULL,
    claimed_at    TIMESTAMPTZ,             -- when a sender took it (status sending)
    sent_at       TIMESTAMPTZ,
    batch         VARCHAR,                 -- the message (digest) that carried it
    PRIMARY KEY (alert_id, version, channel)
);
