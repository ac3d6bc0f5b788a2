// Projects with their chain, link, investor, referrer and park (each at most one), filtered on what is given, with
// who follows each up and the date of the last event of its stage history.
// Parameters: chain (chain id), type, stage, owner; each null for any
// Columns: id, name, type, stage, investment (万元), updated, chain {id, name, nameEn}, link {id, name, nameEn, chainId},
//          investor {uscc, name}, referrer {uscc, name}, park {id, name}, owner, nextStep, nextStepDue, lastChange;
//          a tie that is absent is null
MATCH (p:Project)
WHERE ($type IS NULL OR p.type = $type) AND ($stage IS NULL OR p.stage = $stage)
  AND ($owner IS NULL OR p.owner = $owner)
OPTIONAL MATCH (p)-[:FOR_CHAIN]->(c:Chain)
WITH p, c
WHERE $chain IS NULL OR c.id = $chain
OPTIONAL MATCH (p)-[:FILLS]->(l:Link)
OPTIONAL MATCH (p)-[:INVESTOR]->(i:Enterprise)
OPTIONAL MATCH (p)-[:REFERRED_BY]->(r:Enterprise)
OPTIONAL MATCH (p)-[:IN_PARK]->(k:Park)
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
  RETURN max(e.at) AS lastChange
}
RETURN p.id AS id, p.name AS name, p.type AS type, p.stage AS stage, p.investment AS investment,
       p.updated AS updated, c {.id, .name, .nameEn} AS chain, l {.id, .name, .nameEn, .chainId} AS link,
       i {.uscc, .name} AS investor, r {.uscc, .name} AS referrer, k {.id, .name} AS park,
       p.owner AS owner, p.nextStep AS nextStep, p.nextStepDue AS nextStepDue, lastChange
ORDER BY id
