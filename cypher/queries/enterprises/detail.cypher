// One enterprise with its links, suppliers and customers; no row for an unknown code.
// Parameters: uscc
// Columns: uscc, name, region, local, scale, revenue, tax, registeredCapital, employees, tags [string], industryCode,
//          businessScope, products [string], leads [chain id],
//          links [{id, name, nameEn, chainId}], suppliers [{uscc, name, local}], customers [{uscc, name, local}],
//          projects [{id, name, type, stage, role}] (role INVESTOR or REFERRER), visits [{id, date, by, intention}]
MATCH (e:Enterprise {uscc: $uscc})
RETURN e.uscc AS uscc, e.name AS name, e.region AS region, coalesce(e.local, false) AS local, e.scale AS scale,
       e.revenue AS revenue, e.tax AS tax, e.registeredCapital AS registeredCapital, e.employees AS employees,
       coalesce(e.tags, []) AS tags, e.industryCode AS industryCode, e.businessScope AS businessScope,
       coalesce(e.products, []) AS products,
       [(e)-[:LEADS]->(c:Chain) | c.id] AS leads,
       [(e)-[:IN_LINK]->(l:Link) | {id: l.id, name: l.name, nameEn: l.nameEn, chainId: l.chainId}] AS links,
       [(s:Enterprise)-[:SUPPLIES]->(e) | {uscc: s.uscc, name: s.name, local: coalesce(s.local, false)}] AS suppliers,
       [(e)-[:SUPPLIES]->(c:Enterprise) | {uscc: c.uscc, name: c.name, local: coalesce(c.local, false)}] AS customers,
       [(p:Project)-[t:INVESTOR|REFERRED_BY]->(e) |
        {id: p.id, name: p.name, type: p.type, stage: p.stage,
         role: CASE type(t) WHEN 'INVESTOR' THEN 'INVESTOR' ELSE 'REFERRER' END}] AS projects,
       [(v:Visit)-[:TO]->(e) | {id: v.id, date: v.date, by: v.by, intention: v.intention}] AS visits
