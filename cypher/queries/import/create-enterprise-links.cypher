// IN_LINK for enterprises new to the graph: no tie of theirs can exist yet, so it is created without a look-up.
// Parameters: rows [{uscc, linkId, props}]. Columns: changed
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
MATCH (l:Link {id: row.linkId})
CREATE (e)-[r:IN_LINK]->(l)
SET r = row.props
RETURN count(*) AS changed
