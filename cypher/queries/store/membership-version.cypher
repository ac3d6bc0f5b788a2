// The graph's version at which enterprises or their links last changed: the count of non-local memberships by link
// and region read at this version is still right while it stays the same (only ties or projects changed since).
// Columns: version
OPTIONAL MATCH (m:ChainmapMeta {id: 'graph'})
RETURN coalesce(m.membershipVersion, m.version, 0) AS version
