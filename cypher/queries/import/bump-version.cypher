// Marks the graph as changed, so cached projections and analyses are rebuilt; when $memberships, records that
// enterprises or their links changed at this version (what the count of memberships by region depends on). A graph
// that never recorded it counts as changed now. A graph's identity (graphId) is made with its first version, so a
// graph erased and imported again is told from the one before by its identity, whatever its version.
// Parameters: memberships. Columns: version
MERGE (m:ChainmapMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime(), m.graphId = coalesce(m.graphId, randomUUID())
SET m.membershipVersion = CASE WHEN $memberships THEN m.version ELSE coalesce(m.membershipVersion, m.version) END
RETURN m.version AS version
