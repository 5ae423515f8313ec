-- events_acled again, now that civilians, protesters and rioters are actors:
-- civilians are never the side that acts (the detector lists them last), so an
-- event whose only actors are civilians has no actor1 and the civilians as
-- actor2, as ACLED codes violence against civilians by an unnamed perpetrator.

CREATE OR REPLACE VIEW events_acled AS
WITH coded AS (
    SELECT ev.*, a.published_at, a.fetched_at,
           CASE WHEN lead.actor_class = 'civilians' THEN NULL ELSE ev.actors[1] END
               AS actor1_id,
           CASE WHEN lead.actor_class = 'civilians' THEN ev.actors[1] ELSE ev.actors[2] END
               AS actor2_id
    FROM events ev JOIN articles a ON a.id = ev.article_id
    LEFT JOIN entities lead ON lead.id = ev.actors[1]
)
SELECT c.id AS event_id_cnty,
       coalesce(c.event_date, CAST(c.published_at AS DATE), CAST(c.fetched_at AS DATE))
           AS event_date,
       c.event_type,
       c.sub_event_type,
       a1.name AS actor1,
       CASE a1.actor_class WHEN 'state forces' THEN 1 WHEN 'rebel group' THEN 2
           WHEN 'political militia' THEN 3 WHEN 'identity militia' THEN 4 WHEN 'rioters' THEN 5
           WHEN 'protesters' THEN 6 WHEN 'civilians' THEN 7 WHEN 'external forces' THEN 8
       END AS inter1,
       a2.name AS actor2,
       CASE a2.actor_class WHEN 'state forces' THEN 1 WHEN 'rebel group' THEN 2
           WHEN 'political militia' THEN 3 WHEN 'identity militia' THEN 4 WHEN 'rioters' THEN 5
           WHEN 'protesters' THEN 6 WHEN 'civilians' THEN 7 WHEN 'external forces' THEN 8
       END AS inter2,
       'Syria' AS country,
       regexp_replace(gov.name, ' Governorate$', '') AS admin1,
       loc.name AS location,
       loc.latitude,
       loc.longitude,
       coalesce(c.fatalities, 0) AS fatalities,
       (SELECT string_agg(DISTINCT coalesce(src.name, s.source_id), '; ')
        FROM article_sources s LEFT JOIN sources src ON src.id = s.source_id
        WHERE s.article_id = c.article_id) AS source,
       c.evidence AS notes,
       c.confidence
FROM coded c
LEFT JOIN entities a1 ON a1.id = c.actor1_id
LEFT JOIN entities a2 ON a2.id = c.actor2_id
LEFT JOIN entities loc ON loc.id = c.location_id
LEFT JOIN entities gov ON gov.id = loc.governorate_id;
