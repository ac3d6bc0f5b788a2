// Upserts parks by id; a row that names focus chains sets them to exactly those, a row without any leaves the park's
// focus chains as they are (an empty cell means unknown). A new park of unknown certification is not certified.
// Parameters: rows [{id, props, focus: [chainId]}]. Columns: changed
UNWIND $rows AS row
MERGE (n:Park {id: row.id})
WITH n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
FOREACH (_ IN CASE WHEN n.certified IS NULL THEN [1] ELSE [] END | SET n.certified = false)
WITH n, row, changed
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FOCUSES_ON]->(c:Chain) WHERE row.focus IS NOT NULL AND NOT c.id IN row.focus
  DELETE old
}
CALL (n, row) {
  UNWIND coalesce(row.focus, []) AS chainId
  MATCH (c:Chain {id: chainId})
  MERGE (n)-[:FOCUSES_ON]->(c)
}
RETURN count(CASE WHEN changed THEN 1 END) AS changed
