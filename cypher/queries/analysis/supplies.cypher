// Every supply tie, supplier to customer, for the analysis projection.
// Columns: supplier, customer, value, confidence, source, since
MATCH (s:Enterprise)-[t:SUPPLIES]->(c:Enterprise)
RETURN s.uscc AS supplier, c.uscc AS customer, t.value AS value, t.confidence AS confidence, t.source AS source,
       t.since AS since
