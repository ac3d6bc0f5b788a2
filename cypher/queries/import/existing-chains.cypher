// Which of the given keys exist as Chain nodes (for references to data imported earlier).
// Parameters: keys [string]. Columns: key
UNWIND $keys AS key
MATCH (n:Chain {id: key})
RETURN key
