// Which of the given keys exist as Enterprise nodes (for references to data imported earlier).
// Parameters: keys [string]. Columns: key
UNWIND $keys AS key
MATCH (n:Enterprise {uscc: key})
RETURN key
