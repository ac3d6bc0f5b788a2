// Every project with where it came from, the rank of the row it was created from, and every stage it has been at.
// Parameters: none
// Columns: id, source (null for projects kept before sources were), rank (null when not created from a ranked row),
//          stage (its current stage), stages (the stages of its history)
MATCH (p:Project)
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
  RETURN collect(e.stage) AS stages
}
RETURN p.id AS id, p.source AS source, p.recommendedRank AS rank, p.stage AS stage, stages
ORDER BY id
