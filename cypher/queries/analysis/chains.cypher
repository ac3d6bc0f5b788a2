// Every chain, for the analysis projection.
// Columns: id, name
MATCH (c:Chain)
RETURN c.id AS id, c.name AS name
