// Marks the memberships of the enterprises whose credit code ends with $suffix as inferred by classification, and
// records the change as an import would.
// Parameters: suffix. Columns: marked
MATCH (e:Enterprise)-[r:IN_LINK]->(:Link)
WHERE e.uscc ENDS WITH $suffix
SET r.source = 'inferred'
WITH count(r) AS marked
MATCH (m:ChainmapMeta {id: 'graph'})
SET m.version = m.version + 1
RETURN marked
