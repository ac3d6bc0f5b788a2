// SUPPLIES where supplier or customer is new to the graph: the tie cannot exist yet, so it is created without a look-up,
// its properties set in the CREATE itself (an absent one is null there, which stores nothing). The rows come as one
// list per column, row i at index i of each: cheaper to send and unpack than a map per row.
// Parameters: supplierId, customerId (node ids of the enterprises), value, since, source, confidence. Columns: changed
UNWIND range(0, size($supplierId) - 1) AS i
MATCH (s:Enterprise) WHERE id(s) = $supplierId[i]
MATCH (c:Enterprise) WHERE id(c) = $customerId[i]
CREATE (s)-[:SUPPLIES {value: $value[i], since: $since[i], source: $source[i], confidence: $confidence[i]}]->(c)
RETURN count(*) AS changed
