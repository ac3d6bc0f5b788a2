// IN_LINK from an enterprise to a link it works in. A row naming a membership that classification inferred makes
// it one from the file: its source, confidence, evidence and time of inference are removed (a reviewed one is kept as
// it is).
// Parameters: rows [{uscc, linkId, props}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (l:Link {id: row.linkId})
MERGE (e)-[r:IN_LINK]->(l)
WITH r, row,
     any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed,
     r.source = 'inferred' AS inferred
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r += row.props)
FOREACH (_ IN CASE WHEN inferred THEN [1] ELSE [] END | REMOVE r.source, r.confidence, r.evidence, r.at)
// a new tie of unknown main-ness is not the main one; a known value is kept when the row does not say
FOREACH (_ IN CASE WHEN r.main IS NULL THEN [1] ELSE [] END | SET r.main = false)
RETURN count(CASE WHEN changed OR inferred THEN 1 END) AS changed
