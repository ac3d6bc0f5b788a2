// Every FEEDS edge in the graph, for the cycle check of new link_flows.
// Columns: from, to
MATCH (a:Link)-[:FEEDS]->(b:Link)
RETURN a.id AS from, b.id AS to
