// Which of the given keys exist as Parcel nodes (for references to data imported earlier).
// Parameters: keys [string]. Columns: key
UNWIND $keys AS key
MATCH (n:Parcel {id: key})
RETURN key
