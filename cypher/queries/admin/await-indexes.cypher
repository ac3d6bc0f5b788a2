// Waits until every index is online (seconds).
CALL db.awaitIndexes(300)
