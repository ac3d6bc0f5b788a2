// Accepts inferred memberships: they become reviewed ones, which later runs keep.
// Parameters: rows [{uscc, linkId}], at, by. Columns: uscc, linkId
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[r:IN_LINK {source: 'inferred'}]->(:Link {id: row.linkId})
SET r.source = 'reviewed', r.reviewedAt = $at, r.reviewedBy = $by
RETURN row.uscc AS uscc, row.linkId AS linkId
