// LEADS: a chain leader (链主) of a chain.
// Parameters: rows [{uscc, chainId}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (c:Chain {id: row.chainId})
MERGE (e)-[:LEADS]->(c)
// ties without properties: created or already there, never changed
WITH count(*) AS rows
RETURN 0 AS changed
