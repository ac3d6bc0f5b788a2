// One page of the enterprises classification reads, by credit code after $after (the uniqueness index serves both
// the range and the order, so every page is a seek, not a scan): those with an industry code, products or a business
// scope, with the links they are in by a file or a review (never inferred over) and the links a review rejected
// (never inferred again).
// Parameters: after, limit. Columns: uscc, name, industryCode, products [string], businessScope, fixed [string],
// rejected [string]
MATCH (e:Enterprise)
WHERE e.uscc > $after
  AND (e.industryCode IS NOT NULL OR e.products IS NOT NULL OR e.businessScope IS NOT NULL)
WITH e ORDER BY e.uscc LIMIT $limit
RETURN e.uscc AS uscc, e.name AS name, e.industryCode AS industryCode, coalesce(e.products, []) AS products,
       e.businessScope AS businessScope,
       [(e)-[r:IN_LINK]->(l:Link) WHERE coalesce(r.source, 'file') <> 'inferred' | l.id] AS fixed,
       [(e)-[:REJECTED_LINK]->(l:Link) | l.id] AS rejected
