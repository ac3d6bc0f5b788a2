// The stages of the projects each enterprise invests in, for the pipeline stage of targets.
// Columns: uscc, stages [string]
MATCH (p:Project)-[:INVESTOR]->(e:Enterprise)
WHERE p.stage IS NOT NULL
RETURN e.uscc AS uscc, collect(DISTINCT p.stage) AS stages
