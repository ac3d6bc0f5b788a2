// Marks an import as begun, in its own transaction before its first write; removed when its last write is done, so
// a marker that outlives its process names an import that did not finish (SPEC section 15).
// Parameters: id, source, startedAt, host, pid. Columns: id
CREATE (r:ImportRun {id: $id, source: $source, startedAt: $startedAt, host: $host, pid: $pid})
RETURN r.id AS id
