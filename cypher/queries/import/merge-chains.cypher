// Upserts Chain nodes by id; a row's known values overwrite, unknown ones (absent) are left as they are.
// Parameters: rows [{id, props}]. Columns: changed (rows whose node was created or changed)
UNWIND $rows AS row
MERGE (n:Chain {id: row.id})
WITH n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed
