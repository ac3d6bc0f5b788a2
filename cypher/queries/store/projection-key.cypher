// What a full projection kept on disk is keyed by: the database's id, the graph's identity (made with its first
// recorded import), the graph's version and the workbench's (whose projects give the investors' stages).
// Columns: store, graph, version, work
CALL db.info() YIELD id
OPTIONAL MATCH (m:ChainmapMeta {id: 'graph'})
OPTIONAL MATCH (w:ChainmapMeta {id: 'work'})
RETURN id AS store, m.graphId AS graph, coalesce(m.version, 0) AS version, coalesce(w.version, 0) AS work
