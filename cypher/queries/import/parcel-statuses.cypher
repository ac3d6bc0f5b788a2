// The status of each of the given parcels that the graph holds with one (the check of renewals.csv).
// Parameters: keys [string]. Columns: key, status
UNWIND $keys AS key
MATCH (n:Parcel {id: key})
WHERE n.status IS NOT NULL
RETURN key, n.status AS status
