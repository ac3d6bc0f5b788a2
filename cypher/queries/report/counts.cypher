// The graph's counts for /health and `report`.
// Columns: chains, links, enterprises, localEnterprises, supplies, leaders, parks, projects
CALL () { MATCH (c:Chain) RETURN count(c) AS chains }
CALL () { MATCH (l:Link) RETURN count(l) AS links }
CALL () { MATCH (e:Enterprise) RETURN count(e) AS enterprises }
CALL () { MATCH (e:Enterprise {local: true}) RETURN count(e) AS localEnterprises }
CALL () { MATCH ()-[s:SUPPLIES]->() RETURN count(s) AS supplies }
CALL () { MATCH (e:Enterprise)-[:LEADS]->(:Chain) RETURN count(DISTINCT e) AS leaders }
CALL () { MATCH (p:Park) RETURN count(p) AS parks }
CALL () { MATCH (p:Project) RETURN count(p) AS projects }
RETURN chains, links, enterprises, localEnterprises, supplies, leaders, parks, projects
