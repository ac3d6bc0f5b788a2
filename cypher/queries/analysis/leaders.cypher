// Every LEADS relationship: an enterprise leading a chain (链主), for the analysis projection.
// Columns: uscc, chainId
MATCH (e:Enterprise)-[:LEADS]->(c:Chain)
RETURN e.uscc AS uscc, c.id AS chainId
