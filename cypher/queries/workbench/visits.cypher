// Visits, newest first, filtered on what is given: the visited enterprise, who visited, a date range (inclusive).
// Parameters: id, enterprise, by, from, to (each null for any), limit.
// Columns: id, date, by, intention, notes, enterprise {uscc, name}, mentions [{uscc, name}]
MATCH (v:Visit)-[:TO]->(e:Enterprise)
WHERE ($id IS NULL OR v.id = $id) AND ($enterprise IS NULL OR e.uscc = $enterprise) AND ($by IS NULL OR v.by = $by)
  AND ($from IS NULL OR v.date >= $from) AND ($to IS NULL OR v.date <= $to)
CALL (v) {
  OPTIONAL MATCH (v)-[:MENTIONS]->(t:Enterprise)
  WITH t ORDER BY t.uscc
  RETURN collect(t {.uscc, .name}) AS mentions
}
RETURN v.id AS id, v.date AS date, v.by AS by, v.intention AS intention, v.notes AS notes,
       e {.uscc, .name} AS enterprise, mentions
ORDER BY date DESC, id DESC
LIMIT $limit
