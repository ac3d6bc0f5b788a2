// The graph's change counter, bumped by every import that changed something (0 before the first).
// Columns: version
OPTIONAL MATCH (m:ChainmapMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version
