// The enterprises of a labelled set, as classification reads them (see subjects.cypher); unknown codes are left out.
// Parameters: usccs [string]. Columns: uscc, name, industryCode, products [string], businessScope, fixed [string],
// rejected [string]
UNWIND $usccs AS code
MATCH (e:Enterprise {uscc: code})
RETURN e.uscc AS uscc, e.name AS name, e.industryCode AS industryCode, coalesce(e.products, []) AS products,
       e.businessScope AS businessScope,
       [(e)-[r:IN_LINK]->(l:Link) WHERE coalesce(r.source, 'file') <> 'inferred' | l.id] AS fixed,
       [(e)-[:REJECTED_LINK]->(l:Link) | l.id] AS rejected
