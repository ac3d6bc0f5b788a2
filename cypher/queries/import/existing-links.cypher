// Which of the given keys exist as Link nodes (for references to data imported earlier).
// Parameters: keys [string]. Columns: key
UNWIND $keys AS key
MATCH (n:Link {id: key})
RETURN key
