// Node ids of enterprises by uscc, so that ties are written with id seeks instead of an index look-up per end.
// Parameters: keys [uscc]. Columns: key, node
UNWIND $keys AS key
MATCH (e:Enterprise {uscc: key})
RETURN key, id(e) AS node
