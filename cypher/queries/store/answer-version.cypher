// The version cached answers are kept by: it changes with every import that changed something and with every write
// of the workbench (both counters only ever grow, so their sum changes whenever either does).
// Columns: version
OPTIONAL MATCH (g:ChainmapMeta {id: 'graph'})
OPTIONAL MATCH (w:ChainmapMeta {id: 'work'})
RETURN coalesce(g.version, 0) + coalesce(w.version, 0) AS version
