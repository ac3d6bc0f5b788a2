// Sets the embedded store's password for this run (system database).
// Parameters: password
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
