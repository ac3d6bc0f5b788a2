// Parks with their focus chains and their tenants; each tenant with the chains of the links it works in.
// Parameters: id (one park's id, or null for every park)
// Columns: id, name, operator, town, areaMu, floorAreaSqm, floors, units, occupiedUnits, certified,
//          focusChains [{id, name, nameEn}], tenants [{uscc, name, local, scale, chains [chainId]}],
//          profile {stage, freeFloorAreaSqm, floorLoadKn, clearHeightM,
//                   milestones {approved, constructionStart, completed, opened, titleRegistered}}
MATCH (p:Park)
WHERE $id IS NULL OR p.id = $id
CALL (p) {
  OPTIONAL MATCH (p)-[:FOCUSES_ON]->(c:Chain)
  WITH c ORDER BY c.id
  RETURN collect(c {.id, .name, .nameEn}) AS focusChains
}
CALL (p) {
  OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(p)
  CALL (e) {
    OPTIONAL MATCH (e)-[:IN_LINK]->(l:Link)
    WITH DISTINCT l.chainId AS chainId ORDER BY chainId
    RETURN collect(chainId) AS chains
  }
  WITH e, chains ORDER BY e.uscc
  RETURN collect(e {.uscc, .name, .local, .scale, chains: chains}) AS tenants
}
RETURN p.id AS id, p.name AS name, p.operator AS operator, p.town AS town, p.areaMu AS areaMu,
       p.floorAreaSqm AS floorAreaSqm, p.floors AS floors, p.units AS units, p.occupiedUnits AS occupiedUnits,
       p.certified AS certified, focusChains, tenants,
       p {.stage, .freeFloorAreaSqm, .floorLoadKn, .clearHeightM,
          milestones: p {.approved, .constructionStart, .completed, .opened, .titleRegistered}} AS profile
ORDER BY id
