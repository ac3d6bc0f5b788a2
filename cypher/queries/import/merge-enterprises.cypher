// Upserts Enterprise nodes by uscc; a row's known values overwrite, unknown ones (absent) are left as they are, so an
// empty cell (revenue, registeredCapital …) keeps the value an earlier import gave. The local value derived from the
// division code is only a default: it is set where the node has no local value yet.
// Parameters: rows [{uscc, props, localDefault}]. Columns: changed (rows whose node was created or changed)
UNWIND $rows AS row
MERGE (n:Enterprise {uscc: row.uscc})
WITH n, row,
     any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
       OR (n.local IS NULL AND row.props.local IS NULL AND row.localDefault IS NOT NULL) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n += row.props
  SET n.local = coalesce(n.local, row.localDefault))
RETURN count(CASE WHEN changed THEN 1 END) AS changed
