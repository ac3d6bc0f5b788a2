// The graph's version counters, which a first load carries over into the database it writes, so that a version
// once given to a graph is never given to another.
// Columns: props
MATCH (m:ChainmapMeta)
RETURN properties(m) AS props
