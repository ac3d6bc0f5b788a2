// Marks the graph as changed, so cached projections and analyses are rebuilt; when $memberships, records that
// enterprises or their links changed at this version (what the count of memberships by region depends on). A graph
// that never recorded it counts as changed now.
// Parameters: memberships. Columns: version
MERGE (m:ChainmapMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
SET m.membershipVersion = CASE WHEN $memberships THEN m.version ELSE coalesce(m.membershipVersion, m.version) END
RETURN m.version AS version
