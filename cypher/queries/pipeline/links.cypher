// Links by id, for naming the gap links of the pipeline's coverage; unknown ids give no row.
// Parameters: ids [linkId]
// Columns: id, name, nameEn, chainId
MATCH (l:Link)
WHERE l.id IN $ids
RETURN l.id AS id, l.name AS name, l.nameEn AS nameEn, l.chainId AS chainId
ORDER BY id
