// SUPPLIES from supplier to customer, one tie per pair.
// Parameters: rows [{supplier, customer, props}]. Columns: changed
UNWIND $rows AS row
MATCH (s:Enterprise {uscc: row.supplier}), (c:Enterprise {uscc: row.customer})
MERGE (s)-[r:SUPPLIES]->(c)
WITH r, row, any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r += row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed
