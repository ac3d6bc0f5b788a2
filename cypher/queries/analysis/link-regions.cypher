// Per link and region, how many non-local enterprises of the region work in the link, for the feasibility of links on
// the gap projection. A region is the first four digits of the division code in the credit code (characters 3–6);
// a credit code without a division code (not 18 characters, or not six digits there) counts in no region.
// Every membership is counted with the credit code read from the uniqueness index (no property record of the
// enterprise is read), and the local enterprises' memberships, found through the index on Enterprise.local, are
// taken off again: what is left is the non-local ones (local false or unknown, as the projections take it).
// Memberships inferred by classification count when $includeInferred.
// Parameters: includeInferred. Columns: linkId, region, count
CALL () {
  MATCH (e:Enterprise)
  WHERE e.uscc IS NOT NULL
  MATCH (e)-[m:IN_LINK]->(l:Link)
  WHERE ($includeInferred OR coalesce(m.source, 'file') <> 'inferred') AND e.uscc =~ '..[0-9]{6}.{10}'
  RETURN l, substring(e.uscc, 2, 4) AS region, 1 AS sign
  UNION ALL
  MATCH (e:Enterprise {local: true})-[m:IN_LINK]->(l:Link)
  WHERE ($includeInferred OR coalesce(m.source, 'file') <> 'inferred') AND e.uscc =~ '..[0-9]{6}.{10}'
  RETURN l, substring(e.uscc, 2, 4) AS region, -1 AS sign
}
WITH l, region, sum(sign) AS count
WHERE count > 0
RETURN l.id AS linkId, region, count
