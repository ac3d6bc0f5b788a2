// LOCATED_IN: an enterprise is a tenant of a park.
// Parameters: rows [{uscc, parkId}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (p:Park {id: row.parkId})
MERGE (e)-[:LOCATED_IN]->(p)
WITH count(*) AS rows
RETURN 0 AS changed
