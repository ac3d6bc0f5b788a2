// The graph of ClassifyIT: links with rules, and enterprises with industry codes, products and scopes as the
// import stores them; file memberships without a source.
// Parameters: links [{id, industryCodes, keywords, excludeKeywords}], enterprises [{uscc, name, local,
// industryCode, products, businessScope}], memberships [{uscc, linkId}]
MERGE (c:Chain {id: 'nev'}) SET c.name = '新能源汽车'
WITH c
UNWIND $links AS link
CREATE (l:Link {id: link.id, name: link.id, chainId: 'nev', stage: 'MIDSTREAM', key: false,
                industryCodes: link.industryCodes, keywords: link.keywords, excludeKeywords: link.excludeKeywords})
CREATE (c)-[:HAS_LINK]->(l)
WITH count(*) AS links
UNWIND $enterprises AS e
CREATE (:Enterprise {uscc: e.uscc, name: e.name, local: e.local, industryCode: e.industryCode,
                     products: e.products, businessScope: e.businessScope})
WITH count(*) AS enterprises
UNWIND $memberships AS m
MATCH (e:Enterprise {uscc: m.uscc}), (l:Link {id: m.linkId})
CREATE (e)-[:IN_LINK]->(l)
RETURN count(*) AS memberships
