// Removes the markers of finished imports: the run that just finished and the interrupted runs of the same source,
// which it completed.
// Parameters: ids [string]. Columns: removed
UNWIND $ids AS id
MATCH (r:ImportRun {id: id})
DELETE r
RETURN count(*) AS removed
