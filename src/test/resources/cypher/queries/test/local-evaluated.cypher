// Test helper: the local enterprises with an evaluation row for a year.
// Parameters: year. Columns: uscc
MATCH (e:Enterprise {local: true})-[:HAS_EVALUATION]->(:Evaluation {year: $year})
RETURN e.uscc AS uscc
ORDER BY uscc
