// Per link and region, how many non-local enterprises of the region work in the link, for the feasibility of links on
// the gap projection. A region is the first four digits of the division code in the credit code (characters 3–6);
// a credit code without a division code (not 18 characters, or not six digits there) counts in no region.
// Memberships inferred by classification count when $includeInferred.
// Parameters: includeInferred. Columns: linkId, region, count
MATCH (e:Enterprise)-[m:IN_LINK]->(l:Link)
WHERE NOT coalesce(e.local, false)
  AND ($includeInferred OR coalesce(m.source, 'file') <> 'inferred')
  AND e.uscc =~ '..[0-9]{6}.{10}'
RETURN l.id AS linkId, substring(e.uscc, 2, 4) AS region, count(*) AS count
