// The graph's version, bumped by every import that changed something; 0 before the first one.
// Cheap: one node looked up by label and id. Columns: version
OPTIONAL MATCH (m:ChainmapMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version
