// IN_LINK from an enterprise to a link it works in.
// Parameters: rows [{uscc, linkId, props}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (l:Link {id: row.linkId})
MERGE (e)-[r:IN_LINK]->(l)
WITH r, row, any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r += row.props)
// a new tie of unknown main-ness is not the main one; a known value is kept when the row does not say
FOREACH (_ IN CASE WHEN r.main IS NULL THEN [1] ELSE [] END | SET r.main = false)
RETURN count(CASE WHEN changed THEN 1 END) AS changed
