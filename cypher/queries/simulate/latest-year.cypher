// The latest year of the per-mu evaluation rows, the year a simulation without one is evaluated in; null without any.
// Parameters: none. Columns: year
MATCH (v:Evaluation)
RETURN max(v.year) AS year
