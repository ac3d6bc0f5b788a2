// Adds one audit entry; run in the transaction of the write it records, so both or neither are kept.
// Parameters: at (ISO instant), by, action, entity, id, changes (JSON text {field: [before, after]}). Columns: at
CREATE (a:AuditEntry {at: $at, by: $by, action: $action, entity: $entity, id: $id, changes: $changes})
RETURN a.at AS at
