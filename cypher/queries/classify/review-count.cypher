// How many inferred memberships wait for review, of one link or of all ($link null), and per link.
// Parameters: link. Columns: linkId, count
MATCH (:Enterprise)-[r:IN_LINK {source: 'inferred'}]->(l:Link)
WHERE $link IS NULL OR l.id = $link
RETURN l.id AS linkId, count(r) AS count
ORDER BY linkId
