// Whether the graph holds anything besides its version counters: a first load (import --initial) replaces the
// database, so it is refused on a store that holds any other node.
// Columns: label
MATCH (n) WHERE NOT n:ChainmapMeta
RETURN labels(n)[0] AS label
LIMIT 1
