// Gives a graph recorded before graphs had an identity its own; returns the identity.
// Columns: graph
MATCH (m:ChainmapMeta {id: 'graph'})
SET m.graphId = coalesce(m.graphId, randomUUID())
RETURN m.graphId AS graph
