// The supply ties between these suppliers and customers (position by position, by credit code), with the figures
// analysis/enterprises reads of a tie. A pair without a tie gives no row.
// Parameters: suppliers, customers. Columns: supplier, customer, value, confidence, source, since
UNWIND range(0, size($suppliers) - 1) AS i
MATCH (s:Enterprise {uscc: $suppliers[i]})-[t:SUPPLIES]->(c:Enterprise {uscc: $customers[i]})
RETURN s.uscc AS supplier, c.uscc AS customer, t.value AS value, t.confidence AS confidence, t.source AS source,
       t.since AS since
