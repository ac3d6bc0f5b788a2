// Every link with the chain that has it, for the analysis projection.
// Columns: id, chainId, name, stage, key
MATCH (c:Chain)-[:HAS_LINK]->(l:Link)
RETURN l.id AS id, c.id AS chainId, l.name AS name, l.stage AS stage, coalesce(l.key, false) AS key
