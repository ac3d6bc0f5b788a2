// Which of the given keys exist as Park nodes (for references to data imported earlier).
// Parameters: keys [string]. Columns: key
UNWIND $keys AS key
MATCH (n:Park {id: key})
RETURN key
