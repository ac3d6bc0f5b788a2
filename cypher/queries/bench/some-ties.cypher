// Some supply ties as they are, for an import that changes their values (the benchmark of a small import).
// Parameters: limit. Columns: supplier, customer, value
MATCH (s:Enterprise)-[t:SUPPLIES]->(c:Enterprise)
RETURN s.uscc AS supplier, c.uscc AS customer, coalesce(t.value, 0.0) AS value
LIMIT $limit
