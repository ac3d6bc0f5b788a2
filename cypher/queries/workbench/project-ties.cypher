// Sets a project's ties to exactly the given chain, link, investor, referrer and park: a null parameter removes the
// tie of that kind.
// Parameters: id, chainId, linkId, investor, referrer, parkId. Columns: id
MATCH (p:Project {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[old:FOR_CHAIN]->(c:Chain) WHERE $chainId IS NULL OR c.id <> $chainId
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (p)-[old:FILLS]->(l:Link) WHERE $linkId IS NULL OR l.id <> $linkId
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (p)-[old:INVESTOR]->(e:Enterprise) WHERE $investor IS NULL OR e.uscc <> $investor
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (p)-[old:REFERRED_BY]->(e:Enterprise) WHERE $referrer IS NULL OR e.uscc <> $referrer
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (p)-[old:IN_PARK]->(k:Park) WHERE $parkId IS NULL OR k.id <> $parkId
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (c:Chain {id: $chainId})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (p)-[:FOR_CHAIN]->(c))
}
CALL (p) {
  OPTIONAL MATCH (l:Link {id: $linkId})
  FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | MERGE (p)-[:FILLS]->(l))
}
CALL (p) {
  OPTIONAL MATCH (e:Enterprise {uscc: $investor})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (p)-[:INVESTOR]->(e))
}
CALL (p) {
  OPTIONAL MATCH (e:Enterprise {uscc: $referrer})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (p)-[:REFERRED_BY]->(e))
}
CALL (p) {
  OPTIONAL MATCH (k:Park {id: $parkId})
  FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END | MERGE (p)-[:IN_PARK]->(k))
}
RETURN p.id AS id
