// Creates enterprises known to be new to the graph (checked before the write), without the MERGE look-up.
// Parameters: rows [{uscc, props}]. Columns: changed
UNWIND $rows AS row
CREATE (n:Enterprise {uscc: row.uscc})
SET n += row.props
RETURN count(*) AS changed
