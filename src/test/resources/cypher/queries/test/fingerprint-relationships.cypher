// Test helper: every relationship with its type, its ends' keys and its properties.
// Columns: type, from, to, props
MATCH (a)-[r]->(b)
RETURN type(r) AS type, coalesce(a.id, a.uscc) + coalesce('@' + toString(a.year), '') AS from,
       coalesce(b.id, b.uscc) + coalesce('@' + toString(b.year), '') AS to, properties(r) AS props
