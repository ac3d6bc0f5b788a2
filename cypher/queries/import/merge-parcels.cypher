// Upserts parcels (地块) by id. A row that names a holder or a park makes it the parcel's only one; a row without
// leaves them as they are (an empty cell means unknown). A new parcel of unknown use is industrial, of unknown status
// in use.
// Parameters: rows [{id, props, holder, parkId}]. Columns: changed
UNWIND $rows AS row
MERGE (n:Parcel {id: row.id})
WITH n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
FOREACH (_ IN CASE WHEN n.use IS NULL THEN [1] ELSE [] END | SET n.use = 'INDUSTRIAL')
FOREACH (_ IN CASE WHEN n.status IS NULL THEN [1] ELSE [] END | SET n.status = 'IN_USE')
WITH n, row, changed
CALL (n, row) {
  OPTIONAL MATCH (other:Enterprise)-[old:HOLDS]->(n) WHERE row.holder IS NOT NULL AND other.uscc <> row.holder
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_PARK]->(other:Park) WHERE row.parkId IS NOT NULL AND other.id <> row.parkId
  DELETE old
}
CALL (n, row) {
  MATCH (e:Enterprise {uscc: row.holder})
  MERGE (e)-[:HOLDS]->(n)
}
CALL (n, row) {
  MATCH (p:Park {id: row.parkId})
  MERGE (n)-[:IN_PARK]->(p)
}
RETURN count(CASE WHEN changed THEN 1 END) AS changed
