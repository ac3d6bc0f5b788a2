// Rejects inferred memberships: they are removed, and the pair is marked so that no later run infers it again.
// Parameters: rows [{uscc, linkId}], at, by. Columns: uscc, linkId
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})-[r:IN_LINK {source: 'inferred'}]->(l:Link {id: row.linkId})
DELETE r
MERGE (e)-[x:REJECTED_LINK]->(l)
SET x.at = $at, x.by = $by
RETURN row.uscc AS uscc, row.linkId AS linkId
