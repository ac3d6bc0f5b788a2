// One of $parts shares of the enterprises (those whose internal id leaves remainder $part), for the full analysis
// projection: what the analyses use and the ties it supplies through, each as
// [customer's internal id, value, confidence, source, since]. The internal id, not the customer's credit code,
// names the customer: reading a node's id costs nothing, reading its property means walking its property records,
// which was most of the time of reading the ties. Ids are only compared within one projection read, whose
// transactions all see the same graph version; a tie to a node that is not an enterprise is left out by the reader.
// Parameters: part, parts. Columns: node, uscc, name, local, region, scale, revenue, tags [string], registeredCapital, employees,
// supplies [[customer node, value, confidence, source, since]]
MATCH (e:Enterprise)
WHERE id(e) % $parts = $part
RETURN id(e) AS node, e.uscc AS uscc, e.name AS name, coalesce(e.local, false) AS local, e.region AS region,
       e.scale AS scale, e.revenue AS revenue, coalesce(e.tags, []) AS tags,
       e.registeredCapital AS registeredCapital, e.employees AS employees,
       [(e)-[t:SUPPLIES]->(c) | [id(c), t.value, t.confidence, t.source, t.since]] AS supplies
