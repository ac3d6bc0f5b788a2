// Upserts parks by id and sets their focus chains to exactly the ones given.
// Parameters: rows [{id, props, focus: [chainId]}]. Columns: changed
UNWIND $rows AS row
MERGE (n:Park {id: row.id})
WITH n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
WITH n, row, changed
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FOCUSES_ON]->(c:Chain) WHERE NOT c.id IN coalesce(row.focus, [])
  DELETE old
}
CALL (n, row) {
  UNWIND coalesce(row.focus, []) AS chainId
  MATCH (c:Chain {id: chainId})
  MERGE (n)-[:FOCUSES_ON]->(c)
}
RETURN count(CASE WHEN changed THEN 1 END) AS changed
