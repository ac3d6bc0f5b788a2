// Upserts visits of a visit ledger (visits.csv) by id (the importer makes it from the enterprise and the day, so a
// ledger imported again changes nothing) with the enterprises each mentions; a new visit without an intention has
// NONE, an existing one keeps what it has.
// Parameters: rows [{id, enterprise, props {date, by, intention, notes}, mentions [uscc]}]. Columns: changed, created,
//             skipped
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.enterprise})
OPTIONAL MATCH (old:Visit {id: row.id})
WITH e, row, old IS NULL AS isNew
MERGE (v:Visit {id: row.id})
WITH e, row, isNew, v, any(k IN keys(row.props) WHERE v[k] IS NULL OR v[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET v += row.props)
FOREACH (_ IN CASE WHEN v.intention IS NULL THEN [1] ELSE [] END | SET v.intention = 'NONE')
MERGE (v)-[:TO]->(e)
WITH row, isNew, v, changed
CALL (row, v) {
  UNWIND row.mentions AS uscc
  MATCH (t:Enterprise {uscc: uscc})
  MERGE (v)-[:MENTIONS]->(t)
}
RETURN count(CASE WHEN changed OR isNew THEN 1 END) AS changed, count(CASE WHEN isNew THEN 1 END) AS created,
       0 AS skipped
