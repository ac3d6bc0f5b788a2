// Upserts the renewal (改造) of a parcel, one per parcel, keyed by the parcel's id and attached to it.
// Parameters: rows [{parcel, props}]. Columns: changed
UNWIND $rows AS row
MATCH (p:Parcel {id: row.parcel})
MERGE (n:Renewal {parcel: row.parcel})
WITH p, n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
MERGE (p)-[:HAS_RENEWAL]->(n)
RETURN count(CASE WHEN changed THEN 1 END) AS changed
