// Adds the events of a stage ledger (project_events.csv) to the projects' stage histories: an event of the same
// project, stage and day is there already and is not added again. The project's stage becomes that of its latest
// event; when that changes, its version goes up and an audit entry records it (built from two stage names, which
// the importer has checked are enum names).
// Parameters: rows [{project, stage, at (YYYY-MM-DD), by, note, now (ISO instant)}]. Columns: changed, created, skipped
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
WITH p, row, EXISTS { (p)-[:HAD_STAGE]->(:StageEvent {stage: row.stage, at: row.at}) } AS known
CALL (p, row, known) {
  WITH p, row WHERE NOT known
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
  WITH p, row, coalesce(max(e.seq), -1) + 1 AS seq
  CREATE (p)-[:HAD_STAGE]->(added:StageEvent {stage: row.stage, at: row.at, seq: seq})
  SET added.by = row.by, added.note = row.note
  WITH p, row
  CALL (p) {
    MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
    WITH e ORDER BY e.at DESC, e.seq DESC LIMIT 1
    RETURN e.stage AS latest
  }
  WITH p, row, latest, p.stage AS before
  SET p.version = coalesce(p.version, 1) + 1
  FOREACH (_ IN CASE WHEN before IS NULL OR before <> latest THEN [1] ELSE [] END |
    SET p.stage = latest
    CREATE (:AuditEntry {at: row.now, by: coalesce(row.by, 'import'), action: 'STAGE', entity: 'project', id: p.id,
                         changes: '{"stage":[' + CASE WHEN before IS NULL THEN 'null' ELSE '"' + before + '"' END
                                  + ',"' + latest + '"]}'})
  )
}
RETURN count(CASE WHEN NOT known THEN 1 END) AS changed, count(CASE WHEN NOT known THEN 1 END) AS created,
       0 AS skipped
