// One project with its ties, its next step, blockers, version and stage history (oldest first).
// Parameters: id. Columns: id, name, type, stage, investment (万元), updated, chain {id, name, nameEn},
//          link {id, name, nameEn, chainId}, investor {uscc, name}, referrer {uscc, name}, park {id, name}, owner,
//          nextStep, nextStepDue, blockers, version, source, recommendedRank, recommendedScore, recommendedAt,
//          history [{stage, at, by, note}]
MATCH (p:Project {id: $id})
OPTIONAL MATCH (p)-[:FOR_CHAIN]->(c:Chain)
OPTIONAL MATCH (p)-[:FILLS]->(l:Link)
OPTIONAL MATCH (p)-[:INVESTOR]->(i:Enterprise)
OPTIONAL MATCH (p)-[:REFERRED_BY]->(r:Enterprise)
OPTIONAL MATCH (p)-[:IN_PARK]->(k:Park)
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
  WITH e ORDER BY e.at, e.seq
  RETURN collect(e {.stage, .at, .by, .note}) AS history
}
RETURN p.id AS id, p.name AS name, p.type AS type, p.stage AS stage, p.investment AS investment,
       p.updated AS updated, c {.id, .name, .nameEn} AS chain, l {.id, .name, .nameEn, .chainId} AS link,
       i {.uscc, .name} AS investor, r {.uscc, .name} AS referrer, k {.id, .name} AS park,
       p.owner AS owner, p.nextStep AS nextStep, p.nextStepDue AS nextStepDue, coalesce(p.blockers, []) AS blockers,
       coalesce(p.version, 1) AS version, p.source AS source, p.recommendedRank AS recommendedRank,
       p.recommendedScore AS recommendedScore, p.recommendedAt AS recommendedAt, history
