// Enterprises whose name contains $q or whose credit code starts with $code, by name, one page; with $leadersOnly,
// only the chain leaders (链主), where referrals (以企招企) usually start.
// Parameters: q, code (upper-cased q), leadersOnly, offset, end (offset + limit)
// Columns: total, enterprises [{uscc, name, region, local, scale, leads [chain id]}]
MATCH (e:Enterprise)
WHERE (e.name CONTAINS $q OR e.uscc STARTS WITH $code)
  AND (NOT $leadersOnly OR EXISTS { (e)-[:LEADS]->(:Chain) })
WITH e ORDER BY e.name, e.uscc
WITH collect({uscc: e.uscc, name: e.name, region: e.region, local: coalesce(e.local, false), scale: e.scale,
              leads: [(e)-[:LEADS]->(c:Chain) | c.id]}) AS found
RETURN size(found) AS total, found[$offset..$end] AS enterprises
