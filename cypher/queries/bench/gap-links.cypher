// The gap analysis of one chain (SPEC section 4) written as one plain Cypher query, the way a Neo4j user would
// without chainmap: coverage and above-scale counts, dependency on non-local suppliers, criticality along FEEDS
// among the chain's own links, status, action and gapScore per link. `chainmap bench` times it beside chainmap's
// GapAnalysis and checks that the rows are equal.
// Parameters: chainId, keyLinkFactor, strengthenDependency.
// Columns: linkId, status, action, coverage, aboveScale, dependency, criticality, gapScore; sorted as chainmap sorts.
MATCH (:Chain {id: $chainId})-[:HAS_LINK]->(l:Link)
CALL (l) {
  OPTIONAL MATCH (e:Enterprise)-[:IN_LINK]->(l)
  WHERE coalesce(e.local, false)
  RETURN count(DISTINCT e) AS coverage, count(DISTINCT CASE WHEN e.scale = 'ABOVE' THEN e END) AS aboveScale
}
CALL (l) {
  OPTIONAL MATCH (s:Enterprise)-[:IN_LINK]->(l)
  OPTIONAL MATCH (s)-[t:SUPPLIES]->(c:Enterprise)
  WHERE coalesce(c.local, false)
  WITH count(t) AS ties,
       sum(CASE WHEN t.value > 0 THEN 1 ELSE 0 END) AS valued,
       sum(CASE WHEN t.value > 0 THEN t.value ELSE 0.0 END) AS value,
       sum(CASE WHEN t IS NOT NULL AND NOT coalesce(s.local, false) THEN 1 ELSE 0 END) AS outsideTies,
       sum(CASE WHEN t.value > 0 AND NOT coalesce(s.local, false) THEN t.value ELSE 0.0 END) AS outsideValue
  RETURN CASE
           WHEN ties = 0 THEN 0.0
           WHEN valued = ties THEN outsideValue / value
           ELSE toFloat(outsideTies) / ties
         END AS dependency
}
WITH collect({link: l, coverage: coverage, aboveScale: aboveScale, dependency: dependency}) AS rows
WITH rows, [r IN rows | r.link] AS links, [r IN rows WHERE r.coverage > 0 | r.link] AS covered
UNWIND rows AS r
WITH r, r.link AS l, links, covered
CALL (l, links) {
  OPTIONAL MATCH p = (l)-[:FEEDS*1..]->(d:Link)
  WHERE all(x IN nodes(p) WHERE x IN links)
  RETURN collect(DISTINCT d) AS downstream
}
CALL (l, links) {
  OPTIONAL MATCH p = (u:Link)-[:FEEDS*1..]->(l)
  WHERE all(x IN nodes(p) WHERE x IN links)
  RETURN collect(DISTINCT u) AS upstream
}
WITH r, l, size(links) AS n, size(downstream) AS below,
     any(d IN downstream WHERE d IN covered) AS coveredBelow, any(u IN upstream WHERE u IN covered) AS coveredAbove
WITH r, l, below, n,
     CASE
       WHEN r.coverage = 0 AND (NOT coveredBelow OR (NOT coveredAbove AND l.stage = 'UPSTREAM')) THEN 'EXTEND'
       WHEN r.coverage = 0 THEN 'FILL'
       WHEN r.coverage = 1 OR r.aboveScale = 0 OR r.dependency > $strengthenDependency THEN 'STRENGTHEN'
       ELSE 'OK'
     END AS status
WITH r, l, status, (below + 1) * CASE WHEN coalesce(l.key, false) THEN $keyLinkFactor ELSE 1.0 END / n AS criticality
WITH r, l, status, criticality,
     criticality * CASE status
       WHEN 'OK' THEN 0.0
       WHEN 'STRENGTHEN' THEN CASE WHEN 1.0 / r.coverage > r.dependency THEN 1.0 / r.coverage ELSE r.dependency END
       ELSE 1.0
     END AS gapScore
RETURN l.id AS linkId, status,
       CASE status WHEN 'EXTEND' THEN '延链' WHEN 'FILL' THEN '补链' WHEN 'STRENGTHEN' THEN '强链' END AS action,
       r.coverage AS coverage, r.aboveScale AS aboveScale, r.dependency AS dependency, criticality, gapScore
ORDER BY gapScore DESC, linkId
