// FEEDS between links: the upstream link supplies the downstream one.
// Parameters: rows [{from, to}]. Columns: changed
UNWIND $rows AS row
MATCH (a:Link {id: row.from}), (b:Link {id: row.to})
MERGE (a)-[:FEEDS]->(b)
WITH count(*) AS rows
RETURN 0 AS changed
