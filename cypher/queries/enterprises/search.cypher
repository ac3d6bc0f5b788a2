// Enterprises whose name contains $q or whose credit code starts with $code, by name, one page; with $leadersOnly,
// only the chain leaders (链主), where referrals (以企招企) usually start. The matches are counted as nodes; only the
// page's enterprises have their properties and the chains they lead read.
// Parameters: q, code (upper-cased q), leadersOnly, offset, end (offset + limit)
// Columns: total, enterprises [{uscc, name, region, local, scale, leads [chain id]}]
MATCH (e:Enterprise)
WHERE (e.name CONTAINS $q OR e.uscc STARTS WITH $code)
  AND (NOT $leadersOnly OR EXISTS { (e)-[:LEADS]->(:Chain) })
WITH e ORDER BY e.name, e.uscc
WITH collect(e) AS found
CALL (found) {
  UNWIND found[$offset..$end] AS e
  RETURN collect({uscc: e.uscc, name: e.name, region: e.region, local: coalesce(e.local, false), scale: e.scale,
                  leads: [(e)-[:LEADS]->(c:Chain) | c.id]}) AS enterprises
}
RETURN size(found) AS total, enterprises
