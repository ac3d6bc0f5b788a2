// Writes inferred memberships: the enterprise works in the link by the rules, with their confidence and evidence
// (a JSON text). A pair that already has a membership keeps it as it is.
// Parameters: rows [{uscc, linkId, confidence, evidence}], at. Columns: created
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
MATCH (l:Link {id: row.linkId})
WHERE NOT (e)-[:IN_LINK]->(l)
CREATE (e)-[:IN_LINK {source: 'inferred', confidence: row.confidence, evidence: row.evidence, at: $at}]->(l)
RETURN count(*) AS created
