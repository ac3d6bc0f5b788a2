// One enterprise and the chains of the links it works in; no row for an unknown code.
// Parameters: uscc
// Columns: uscc, name, chains [chainId]
MATCH (e:Enterprise {uscc: $uscc})
OPTIONAL MATCH (e)-[:IN_LINK]->(l:Link)
WITH e, l.chainId AS chainId ORDER BY chainId
RETURN e.uscc AS uscc, e.name AS name, collect(DISTINCT chainId) AS chains
