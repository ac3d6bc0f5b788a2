// Enterprises whose name contains $q or whose credit code starts with $code, by name, one page.
// Parameters: q, code (upper-cased q), offset, end (offset + limit)
// Columns: total, enterprises [{uscc, name, region, local, scale}]
MATCH (e:Enterprise)
WHERE e.name CONTAINS $q OR e.uscc STARTS WITH $code
WITH e ORDER BY e.name, e.uscc
WITH collect({uscc: e.uscc, name: e.name, region: e.region, local: coalesce(e.local, false), scale: e.scale}) AS found
RETURN size(found) AS total, found[$offset..$end] AS enterprises
