// The headline figures of SPEC section 8 but the pipeline's, every one computed from the graph.
// Parameters: bureau (lead agency of the bureau-led chains)
// Columns: chains, bureauLedChains, leaders, parks, certifiedParks, parkAreaMu, parkUnits, certifiedParkTenants
// (the pipeline's figures come from report/project-stages, which can also give them as they stood on a day)
CALL () { MATCH (c:Chain) RETURN count(c) AS chains, count(CASE WHEN c.leadAgency = $bureau THEN 1 END) AS bureauLedChains }
CALL () { MATCH (e:Enterprise)-[:LEADS]->(:Chain) RETURN count(DISTINCT e) AS leaders }
CALL () {
  MATCH (p:Park)
  RETURN count(p) AS parks, count(CASE WHEN p.certified THEN 1 END) AS certifiedParks,
         sum(coalesce(p.areaMu, 0.0)) AS parkAreaMu, sum(coalesce(p.units, 0)) AS parkUnits
}
CALL () { OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park {certified: true}) RETURN count(DISTINCT e) AS certifiedParkTenants }
RETURN chains, bureauLedChains, leaders, parks, certifiedParks, parkAreaMu, parkUnits, certifiedParkTenants
