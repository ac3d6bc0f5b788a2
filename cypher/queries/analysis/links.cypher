// Every link with the chain that has it, for the analysis projection; node is its internal id, by which
// analysis/link-members names the link.
// Columns: node, id, chainId, name, nameEn, stage, key
MATCH (c:Chain)-[:HAS_LINK]->(l:Link)
RETURN id(l) AS node, l.id AS id, c.id AS chainId, l.name AS name, l.nameEn AS nameEn, l.stage AS stage,
       coalesce(l.key, false) AS key
