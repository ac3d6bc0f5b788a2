// Per link, the local enterprises working in it and how many of them are above scale, for the gap projection.
// Starts from the local enterprises (index on Enterprise.local), so it reads their IN_LINK ties only.
// Memberships inferred by classification count when $includeInferred.
// Parameters: includeInferred. Columns: linkId, coverage, aboveScale
MATCH (e:Enterprise {local: true})-[m:IN_LINK]->(l:Link)
WHERE $includeInferred OR coalesce(m.source, 'file') <> 'inferred'
RETURN l.id AS linkId, count(DISTINCT e) AS coverage,
       count(DISTINCT CASE WHEN e.scale = 'ABOVE' THEN e END) AS aboveScale
