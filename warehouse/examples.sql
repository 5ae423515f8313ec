-- Example questions. Run one with: syriawatch sql "<query>"
-- or open the file in the duckdb CLI: duckdb warehouse/syriawatch.duckdb

-- Syria-related articles of the last week, most relevant first
SELECT published_at, relevance, title FROM articles
WHERE is_syria_related AND published_at > now() - INTERVAL 7 DAY
ORDER BY relevance DESC;

-- Events with their place, actors and fatalities
SELECT day, event_type, sub_event_type, location, actors, fatalities FROM event_details
ORDER BY day DESC NULLS LAST;

-- Who is named most
FROM top_entities LIMIT 20;

-- Places on a map: name, coordinates, how often they are named
SELECT name, latitude, longitude, governorate, articles FROM places ORDER BY articles DESC;

-- How the last runs went
SELECT started_at, articles_new, articles_known, events_new, failures, errors
FROM runs ORDER BY started_at DESC LIMIT 10;
