// Marks that the workbench changed the graph (a project, a visit): answers that show them are made again, while the
// projections of enterprises and ties, which these writes do not touch, are kept.
// Columns: version
MERGE (m:ChainmapMeta {id: 'work'})
SET m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version
