// LEADS: a chain leader (链主) of a chain.
// Parameters: rows [{uscc, chainId}]. Columns: changed (always 0: the relationship has no properties to update)
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (c:Chain {id: row.chainId})
MERGE (e)-[:LEADS]->(c)
WITH count(*) AS rows
RETURN 0 AS changed
