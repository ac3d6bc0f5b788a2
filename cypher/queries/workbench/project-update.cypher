// Applies a change to a locked project: its properties (a null value removes one), the next version, a new stage
// event when the stage changes, and releases the lock of workbench/project-lock.
// Parameters: id, props (map), version, event ({stage, at, by, note} or null). Columns: version
MATCH (p:Project {id: $id})
SET p += $props, p.version = $version
REMOVE p.`_lock`
WITH p
CALL (p) {
  WITH p WHERE $event IS NOT NULL
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
  WITH p, coalesce(max(e.seq), -1) + 1 AS seq
  CREATE (p)-[:HAD_STAGE]->(:StageEvent {stage: $event.stage, at: $event.at, by: $event.by, note: $event.note,
                                         seq: seq})
  SET p.stage = $event.stage
}
RETURN p.version AS version
