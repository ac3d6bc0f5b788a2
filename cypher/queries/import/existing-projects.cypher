// Which of the given keys exist as Project nodes (for references to data imported earlier).
// Parameters: keys [string]. Columns: key
UNWIND $keys AS key
MATCH (n:Project {id: key})
RETURN key
