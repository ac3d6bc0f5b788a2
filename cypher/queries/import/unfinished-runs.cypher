// Imports that began writing and have not finished: running now, or interrupted. Oldest first.
// Columns: id, source, startedAt, host, pid
MATCH (r:ImportRun)
RETURN r.id AS id, r.source AS source, r.startedAt AS startedAt, r.host AS host, r.pid AS pid
ORDER BY r.startedAt, r.id
