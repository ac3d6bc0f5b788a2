// Records a visit to an enterprise and the enterprises it mentions; an existing visit of the same id is left as it
// is (the import gives each ledger row a stable id, so importing a ledger again adds nothing).
// Parameters: id, enterprise (uscc), props {date, by, intention, notes}, mentions [uscc]. Columns: created
MATCH (e:Enterprise {uscc: $enterprise})
OPTIONAL MATCH (old:Visit {id: $id})
WITH e, old IS NULL AS created
CALL (e, created) {
  WITH e WHERE created
  CREATE (v:Visit {id: $id})-[:TO]->(e)
  SET v += $props
  WITH v
  UNWIND $mentions AS uscc
  MATCH (t:Enterprise {uscc: uscc})
  MERGE (v)-[:MENTIONS]->(t)
}
RETURN created
