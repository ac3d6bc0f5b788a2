// LEADS: a chain leader (链主) of a chain.
// Parameters: rows [{uscc, chainId}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (c:Chain {id: row.chainId})
MERGE (e)-[:LEADS]->(c)
// one record per batch, as for the other upserts; these ties carry no properties to change
WITH count(*) AS rows
RETURN 0 AS changed
