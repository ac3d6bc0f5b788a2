// Test helper: every relationship with its type, its properties and both ends' labels and properties.
// Columns: type, props, fromLabels, fromProps, toLabels, toProps
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props, labels(a) AS fromLabels, properties(a) AS fromProps,
       labels(b) AS toLabels, properties(b) AS toProps
