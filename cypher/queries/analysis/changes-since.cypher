// The graph's version, and the supply ties recorded as all that changed by the imports after $since (one record per
// import that changed ties alone): a projection read at $since follows them when every version since has one.
// Parameters: since. Columns: version, changes, suppliers [[string]], customers [[string]]
MATCH (m:ChainmapMeta {id: 'graph'})
OPTIONAL MATCH (c:ChainmapChange)
WHERE c.version > $since AND c.version <= m.version
WITH m, collect(c) AS changes
RETURN m.version AS version, size(changes) AS changes, [c IN changes | c.suppliers] AS suppliers,
       [c IN changes | c.customers] AS customers
