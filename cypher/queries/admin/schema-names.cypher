// The names of the indexes and constraints the store has, and whether each is ready to use; an index backing a
// constraint has the constraint's name (Neo4j 5 and later).
// Columns: name, online
SHOW INDEXES YIELD name, state
RETURN name, state = 'ONLINE' AS online
