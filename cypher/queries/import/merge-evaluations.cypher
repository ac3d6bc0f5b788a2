// Upserts yearly per-mu evaluation inputs, keyed by (uscc, year), attached to their enterprise.
// Parameters: rows [{uscc, year, props}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
MERGE (n:Evaluation {uscc: row.uscc, year: row.year})
WITH e, n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
MERGE (e)-[:HAS_EVALUATION]->(n)
RETURN count(CASE WHEN changed THEN 1 END) AS changed
