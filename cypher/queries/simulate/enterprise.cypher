// One enterprise's own figures for a simulated landing: its record, the chains of the links it works in (memberships
// of every source, as the parks count them) and the parks it is a tenant of; no row for an unknown code.
// Parameters: uscc
// Columns: uscc, name, scale, revenue, tax, employees, landMu, chains [chainId], parks [{id, areaMu, floorAreaSqm, floors}]
MATCH (e:Enterprise {uscc: $uscc})
CALL (e) {
  OPTIONAL MATCH (e)-[:IN_LINK]->(l:Link)
  WITH DISTINCT l.chainId AS chainId ORDER BY chainId
  RETURN collect(chainId) AS chains
}
RETURN e.uscc AS uscc, e.name AS name, e.scale AS scale, e.revenue AS revenue, e.tax AS tax,
       e.employees AS employees, e.landMu AS landMu, chains,
       [(e)-[:LOCATED_IN]->(p:Park) | p {.id, .areaMu, .floorAreaSqm, .floors}] AS parks
