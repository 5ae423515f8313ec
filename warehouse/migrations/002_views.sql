-- Views for the common questions. Plain SQL over the tables: open the file in
-- the duckdb CLI and `FROM events_by_day` works there too.

CREATE VIEW places AS
SELECT e.id, e.name, e.subtype, e.latitude, e.longitude, g.name AS governorate, e.pcode,
       count(DISTINCT m.article_id) AS articles,
       count(*) AS mentions
FROM mentions m
JOIN entities e ON e.id = m.entity_id AND e.type = 'place'
LEFT JOIN entities g ON g.id = e.governorate_id
GROUP BY ALL;

CREATE VIEW top_entities AS
SELECT e.id, e.name, e.type,
       count(DISTINCT m.article_id) AS articles,
       count(*) AS mentions
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id AND a.is_syria_related
GROUP BY ALL
ORDER BY articles DESC, mentions DESC;

CREATE VIEW events_by_day AS
SELECT coalesce(ev.event_date, CAST(a.published_at AS DATE)) AS day,
       ev.event_type, ev.sub_event_type,
       count(*) AS events,
       sum(ev.fatalities) AS fatalities
FROM events ev
JOIN articles a ON a.id = ev.article_id
GROUP BY ALL
ORDER BY day DESC NULLS LAST, events DESC;

CREATE VIEW event_details AS
SELECT ev.id, ev.article_id, coalesce(ev.event_date, CAST(a.published_at AS DATE)) AS day,
       ev.event_type, ev.sub_event_type, loc.name AS location, loc.latitude, loc.longitude,
       gov.name AS governorate,
       coalesce((SELECT list(coalesce(en.name, x.actor) ORDER BY x.pos)
                 FROM (SELECT unnest(ev.actors) AS actor,
                              generate_subscripts(ev.actors, 1) AS pos) x
                 LEFT JOIN entities en ON en.id = x.actor), []) AS actors,
       ev.fatalities, ev.confidence, ev.evidence, a.title, a.url
FROM events ev
JOIN articles a ON a.id = ev.article_id
LEFT JOIN entities loc ON loc.id = ev.location_id
LEFT JOIN entities gov ON gov.id = loc.governorate_id;
