// Removes up to $limit inferred memberships (never those from files or reviews), for a new classification run;
// called until it removes none.
// Parameters: limit. Columns: removed
MATCH (:Enterprise)-[r:IN_LINK {source: 'inferred'}]->(:Link)
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS removed
