// Test helper: every node with all its labels and properties.
// Columns: labels, props
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
