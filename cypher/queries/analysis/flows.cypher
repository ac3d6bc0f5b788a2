// Every FEEDS edge (upstream link -> downstream link), for the analysis projection.
// Columns: from, to
MATCH (a:Link)-[:FEEDS]->(b:Link)
RETURN a.id AS from, b.id AS to
