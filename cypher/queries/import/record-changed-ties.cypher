// Records which supply ties the import that produced $version wrote, when it changed nothing else: a projection of
// the version before reads those ties alone to follow it. Records of versions long past are removed.
// Parameters: version, suppliers, customers (credit codes, position by position). Columns: none
CREATE (:ChainmapChange {version: $version, suppliers: $suppliers, customers: $customers})
WITH 1 AS done
MATCH (old:ChainmapChange)
WHERE old.version <= $version - 100
DELETE old
