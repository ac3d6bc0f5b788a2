// Upserts links by id and attaches each to its chain (moving it when its chain changed).
// Parameters: rows [{id, chainId, props}]. Columns: changed
UNWIND $rows AS row
MATCH (c:Chain {id: row.chainId})
MERGE (n:Link {id: row.id})
WITH n, c, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
// a new link of unknown keyness is not a key link; a known value is kept when the row does not say
FOREACH (_ IN CASE WHEN n.key IS NULL THEN [1] ELSE [] END | SET n.key = false)
MERGE (c)-[:HAS_LINK]->(n)
WITH n, c, changed
OPTIONAL MATCH (other:Chain)-[old:HAS_LINK]->(n) WHERE other <> c
DELETE old
RETURN count(DISTINCT CASE WHEN changed THEN n END) AS changed
