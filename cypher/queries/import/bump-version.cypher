// Marks the graph as changed, so cached projections and analyses are rebuilt.
// Columns: version
MERGE (m:ChainmapMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
RETURN m.version AS version
