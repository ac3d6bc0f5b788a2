// SUPPLIES where supplier or customer is new to the graph: the tie cannot exist yet, so it is created without a look-up,
// its properties set in the CREATE itself (an absent one is null there, which stores nothing).
// Parameters: rows [{supplierId, customerId, props}] (node ids of the enterprises). Columns: changed
UNWIND $rows AS row
MATCH (s:Enterprise) WHERE id(s) = row.supplierId
MATCH (c:Enterprise) WHERE id(c) = row.customerId
CREATE (s)-[:SUPPLIES {value: row.props.value, since: row.props.since, source: row.props.source,
                       confidence: row.props.confidence}]->(c)
RETURN count(*) AS changed
