// The headline figures of SPEC section 8, every one computed from the graph.
// Parameters: bureau (lead agency of the bureau-led chains)
// Columns: chains, bureauLedChains, leaders, parks, certifiedParks, parkAreaMu, parkUnits, certifiedParkTenants,
//          chainProjects (map stage -> count), techUpgrade (map), referral (map)
CALL () { MATCH (c:Chain) RETURN count(c) AS chains, count(CASE WHEN c.leadAgency = $bureau THEN 1 END) AS bureauLedChains }
CALL () { MATCH (e:Enterprise)-[:LEADS]->(:Chain) RETURN count(DISTINCT e) AS leaders }
CALL () {
  MATCH (p:Park)
  RETURN count(p) AS parks, count(CASE WHEN p.certified THEN 1 END) AS certifiedParks,
         sum(coalesce(p.areaMu, 0.0)) AS parkAreaMu, sum(coalesce(p.units, 0)) AS parkUnits
}
CALL () { OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park {certified: true}) RETURN count(DISTINCT e) AS certifiedParkTenants }
CALL () {
  OPTIONAL MATCH (p:Project {type: 'CHAIN'})-[:FOR_CHAIN]->(c:Chain {leadAgency: $bureau})
  WITH p.stage AS stage, count(DISTINCT p) AS n
  RETURN collect([stage, n]) AS chainProjectStages
}
CALL () {
  OPTIONAL MATCH (p:Project {type: 'TECH_UPGRADE'})
  RETURN {count: count(p), investment: sum(coalesce(p.investment, 0.0)),
          started: count(CASE WHEN p.stage IN ['CONSTRUCTION', 'OPERATING'] THEN 1 END)} AS techUpgrade
}
CALL () {
  OPTIONAL MATCH (p:Project {type: 'REFERRAL'})
  RETURN {count: count(p), investment: sum(coalesce(p.investment, 0.0)),
          signed: count(CASE WHEN p.stage IN ['SIGNED', 'CONSTRUCTION', 'OPERATING'] THEN 1 END)} AS referral
}
RETURN chains, bureauLedChains, leaders, parks, certifiedParks, parkAreaMu, parkUnits, certifiedParkTenants,
       chainProjectStages, techUpgrade, referral
