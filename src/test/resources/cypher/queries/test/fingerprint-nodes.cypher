// Test helper: every node with its first label and properties.
// Columns: label, props
MATCH (n) WHERE NOT n:ChainmapMeta
RETURN labels(n)[0] AS label, properties(n) AS props
