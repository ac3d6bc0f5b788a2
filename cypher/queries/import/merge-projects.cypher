// Upserts projects by id with their chain, link, investor, referrer and park (each at most one, replaced when it changes).
// Parameters: rows [{id, props, chainId, linkId, investor, referrer, parkId}]. Columns: changed
UNWIND $rows AS row
MERGE (n:Project {id: row.id})
WITH n, row, any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n += row.props)
WITH n, row, changed
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FOR_CHAIN]->(c:Chain) WHERE c.id <> row.chainId
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:FILLS]->(l:Link) WHERE l.id <> row.linkId
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:INVESTOR]->(e:Enterprise) WHERE e.uscc <> row.investor
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:REFERRED_BY]->(e:Enterprise) WHERE e.uscc <> row.referrer
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:IN_PARK]->(p:Park) WHERE p.id <> row.parkId
  DELETE old
}
CALL (n, row) {
  OPTIONAL MATCH (c:Chain {id: row.chainId})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (n)-[:FOR_CHAIN]->(c))
}
CALL (n, row) {
  OPTIONAL MATCH (l:Link {id: row.linkId})
  FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END | MERGE (n)-[:FILLS]->(l))
}
CALL (n, row) {
  OPTIONAL MATCH (e:Enterprise {uscc: row.investor})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (n)-[:INVESTOR]->(e))
}
CALL (n, row) {
  OPTIONAL MATCH (e:Enterprise {uscc: row.referrer})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (n)-[:REFERRED_BY]->(e))
}
CALL (n, row) {
  OPTIONAL MATCH (p:Park {id: row.parkId})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (n)-[:IN_PARK]->(p))
}
RETURN count(CASE WHEN changed THEN 1 END) AS changed
