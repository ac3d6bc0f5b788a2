// A chain's FEEDS edges between its own links, and its leaders (链主); no row for an unknown chain.
// Parameters: chainId
// Columns: feeds [{from, to}], leaders [{uscc, name, local}]
MATCH (c:Chain {id: $chainId})
RETURN [(c)-[:HAS_LINK]->(a:Link)-[:FEEDS]->(b:Link)<-[:HAS_LINK]-(c) | {from: a.id, to: b.id}] AS feeds,
       [(e:Enterprise)-[:LEADS]->(c) | {uscc: e.uscc, name: e.name, local: coalesce(e.local, false)}] AS leaders
