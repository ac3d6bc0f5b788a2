// Every chain, for the analysis projection.
// Columns: id, name, nameEn
MATCH (c:Chain)
RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn
