// Writes each enterprise's score, rank and class onto its Evaluation node of the year; running it again changes nothing.
// Parameters: year (integer), rows [{uscc, score, rank, class}]
// Columns: written
UNWIND $rows AS row
MATCH (v:Evaluation {uscc: row.uscc, year: $year})
SET v.score = row.score, v.rank = row.rank, v.class = row.class
RETURN count(v) AS written
