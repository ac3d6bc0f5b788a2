// One page of the inferred memberships not reviewed yet, of one link or of all ($link null), lowest confidence
// first, with the evidence that made them (a JSON text).
// Parameters: link, limit, offset. Columns: uscc, name, linkId, linkName, confidence, evidence
MATCH (e:Enterprise)-[r:IN_LINK {source: 'inferred'}]->(l:Link)
WHERE $link IS NULL OR l.id = $link
RETURN e.uscc AS uscc, e.name AS name, l.id AS linkId, l.name AS linkName, r.confidence AS confidence,
       r.evidence AS evidence
ORDER BY confidence, uscc, linkId
SKIP $offset LIMIT $limit
