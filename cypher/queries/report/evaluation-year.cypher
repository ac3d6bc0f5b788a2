// The latest year of the per-mu evaluation rows up to a year, the year a report of a day in that year shows; null
// without any.
// Parameters: year (integer). Columns: year
MATCH (v:Evaluation)
WHERE v.year <= $year
RETURN max(v.year) AS year
