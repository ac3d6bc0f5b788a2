// Per link, the supply ties whose supplier works in it and whose customer is local, summed for the dependency of
// the gap projection: their count, how many have a positive value and the sum of those values, in all and from
// non-local suppliers. Starts from the local customers (index on Enterprise.local), so it reads only the ties into
// them, not every tie of every link's enterprises; sums per supplier first, so each supplier's IN_LINK ties are
// expanded once. A supplier working in several links counts in each.
// Memberships inferred by classification count when $includeInferred. Parameters: includeInferred.
// Columns: linkId, ties, valuedTies, value, outsideTies, outsideValue
MATCH (:Enterprise {local: true})<-[t:SUPPLIES]-(s:Enterprise)
WITH s, count(t) AS ties, sum(CASE WHEN t.value > 0 THEN 1 ELSE 0 END) AS valued,
     sum(CASE WHEN t.value > 0 THEN t.value ELSE 0.0 END) AS value
MATCH (s)-[m:IN_LINK]->(l:Link)
WHERE $includeInferred OR coalesce(m.source, 'file') <> 'inferred'
WITH l, NOT coalesce(s.local, false) AS outside, ties, valued, value
WITH l, sum(ties) AS ties, sum(valued) AS valuedTies, sum(value) AS value,
     sum(CASE WHEN outside THEN ties ELSE 0 END) AS outsideTies,
     sum(CASE WHEN outside THEN value ELSE 0.0 END) AS outsideValue
RETURN l.id AS linkId, ties, valuedTies, value, outsideTies, outsideValue
