// The latest year of the per-mu evaluation rows: the year of a simulation or a low-efficiency list without one; null
// without any.
// Parameters: none. Columns: year
MATCH (v:Evaluation)
RETURN max(v.year) AS year
