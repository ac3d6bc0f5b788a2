// SUPPLIES from supplier to customer, one tie per pair.
// Parameters: rows [{supplierId, customerId, props}] (node ids of the enterprises). Columns: changed
UNWIND $rows AS row
MATCH (s:Enterprise) WHERE id(s) = row.supplierId
MATCH (c:Enterprise) WHERE id(c) = row.customerId
MERGE (s)-[r:SUPPLIES]->(c)
WITH r, row, any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r += row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed
