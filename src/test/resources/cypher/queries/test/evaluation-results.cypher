// Test helper: what the evaluation wrote onto the Evaluation nodes of a year.
// Parameters: year. Columns: uscc, score, rank, class
MATCH (v:Evaluation {year: $year})
RETURN v.uscc AS uscc, v.score AS score, v.rank AS rank, v.class AS class
ORDER BY uscc
