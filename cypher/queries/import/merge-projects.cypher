// Upserts projects by id with their chain, link, investor, referrer and park (each at most one, replaced when it
// changes), keeping the stage history (SPEC section 10): a project new to the graph, or one without history, gets
// one event at the row's date; a row whose stage differs appends an event (by "import") and an audit entry, unless
// its date is older than the project's last event: then the stage is left alone and the row counted as skipped.
// The audit entry's changes are built from two stage names, which the importer has checked are enum names.
// Parameters: rows [{id, props, stage, at (YYYY-MM-DD or null), chainId, linkId, investor, referrer, parkId,
//             today (YYYY-MM-DD), now (ISO instant)}]. Columns: changed, created, skipped
UNWIND $rows AS row
OPTIONAL MATCH (existing:Project {id: row.id})
WITH row, existing IS NULL AS isNew
MERGE (n:Project {id: row.id})
WITH n, row, isNew, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS propsChanged
CALL (n) {
  OPTIONAL MATCH (n)-[:HAD_STAGE]->(e:StageEvent)
  WITH e ORDER BY e.at DESC, e.seq DESC
  RETURN collect(e)[0] AS last
}
WITH n, row, isNew, propsChanged, last, coalesce(row.at, row.today) AS at, n.stage AS before
WITH n, row, isNew, propsChanged, last, at, before,
     last IS NOT NULL AND row.at IS NOT NULL AND row.at < last.at AS older
WITH n, row, isNew, propsChanged, last, at, before,
     older AND before <> row.stage AS skipped,
     last IS NULL OR (NOT older AND before <> row.stage) AS staged
FOREACH (_ IN CASE WHEN propsChanged THEN [1] ELSE [] END | SET n += row.props)
FOREACH (_ IN CASE WHEN staged THEN [1] ELSE [] END |
  CREATE (n)-[:HAD_STAGE]->(:StageEvent {stage: row.stage, at: at, by: 'import', seq: coalesce(last.seq, -1) + 1})
  SET n.stage = row.stage
)
FOREACH (_ IN CASE WHEN NOT isNew AND (propsChanged OR (staged AND before <> row.stage)) THEN [1] ELSE [] END |
  SET n.version = coalesce(n.version, 1) + 1
)
FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END | SET n.version = 1)
FOREACH (_ IN CASE WHEN NOT isNew AND staged AND before IS NOT NULL AND before <> row.stage THEN [1] ELSE [] END |
  CREATE (:AuditEntry {at: row.now, by: 'import', action: 'STAGE', entity: 'project', id: n.id,
                       changes: '{"stage":["' + before + '","' + row.stage + '"],"at":[null,"' + at + '"]}'})
)
WITH n, row, isNew, skipped, propsChanged OR (staged AND coalesce(before, '') <> row.stage) AS changed
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FOR_CHAIN]->(c:Chain) WHERE c.id <> row.chainId
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FILLS]->(l:Link) WHERE l.id <> row.linkId
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:INVESTOR]->(e:Enterprise) WHERE e.uscc <> row.investor
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:REFERRED_BY]->(e:Enterprise) WHERE e.uscc <> row.referrer
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_PARK]->(p:Park) WHERE p.id <> row.parkId
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (c:Chain {id: row.chainId})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (n)-[:FOR_CHAIN]->(c))
}
CALL (n, row) {
  OPTIONAL MATCH (l:Link {id: row.linkId})
  FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | MERGE (n)-[:FILLS]->(l))
}
CALL (n, row) {
  OPTIONAL MATCH (e:Enterprise {uscc: row.investor})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (n)-[:INVESTOR]->(e))
}
CALL (n, row) {
  OPTIONAL MATCH (e:Enterprise {uscc: row.referrer})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (n)-[:REFERRED_BY]->(e))
}
CALL (n, row) {
  OPTIONAL MATCH (p:Park {id: row.parkId})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (n)-[:IN_PARK]->(p))
}
RETURN count(CASE WHEN changed OR isNew THEN 1 END) AS changed, count(CASE WHEN isNew THEN 1 END) AS created,
       count(CASE WHEN skipped THEN 1 END) AS skipped
