// SUPPLIES where supplier or customer is new to the graph: the tie cannot exist yet, so it is created without a look-up.
// Parameters: rows [{supplier, customer, props}]. Columns: changed
UNWIND $rows AS row
MATCH (s:Enterprise {uscc: row.supplier})
MATCH (c:Enterprise {uscc: row.customer})
CREATE (s)-[r:SUPPLIES]->(c)
SET r = row.props
RETURN count(*) AS changed
