// Audit entries, newest first, optionally about one entity kind and id.
// Parameters: entity, id (each null for any), limit. Columns: at, by, action, entity, id, changes (JSON text)
MATCH (a:AuditEntry)
WHERE ($entity IS NULL OR a.entity = $entity) AND ($id IS NULL OR a.id = $id)
RETURN a.at AS at, a.by AS by, a.action AS action, a.entity AS entity, a.id AS id, a.changes AS changes
ORDER BY a.at DESC
LIMIT $limit
