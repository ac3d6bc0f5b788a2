// Takes the project's write lock before anything of it is read, so that two changes of one project run one after the
// other and the second sees the version the first wrote (no lost update). The lock property is removed by
// workbench/project-update in the same transaction.
// Parameters: id. Columns: version (0 when the project does not exist: no row then)
MATCH (p:Project {id: $id})
SET p.`_lock` = true
RETURN coalesce(p.version, 1) AS version
