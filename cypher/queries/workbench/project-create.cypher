// Creates a project with its properties and its first stage event. The ties are set by workbench/project-ties.
// Parameters: id, props (map), event {stage, at, by, note}. Columns: id
CREATE (p:Project {id: $id})
SET p += $props, p.version = 1, p.stage = $event.stage
CREATE (p)-[:HAD_STAGE]->(:StageEvent {stage: $event.stage, at: $event.at, by: $event.by, note: $event.note, seq: 0})
RETURN p.id AS id
