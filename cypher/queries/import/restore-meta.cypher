// Puts back the version counters of the database a first load replaced (before its import bumps the graph's).
// Parameters: metas [map]. Columns: restored
UNWIND $metas AS props
CREATE (m:ChainmapMeta)
SET m = props
RETURN count(*) AS restored
