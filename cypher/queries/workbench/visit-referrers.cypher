// The enterprises whose visits said they could introduce the target (intention REFER, mentioning it), latest first.
// Parameters: uscc (the target). Columns: uscc, name, leader, visits, lastVisit
MATCH (v:Visit {intention: 'REFER'})-[:MENTIONS]->(:Enterprise {uscc: $uscc})
MATCH (v)-[:TO]->(e:Enterprise)
WITH e, count(v) AS visits, max(v.date) AS lastVisit
RETURN e.uscc AS uscc, e.name AS name, EXISTS { (e)-[:LEADS]->(:Chain) } AS leader, visits, lastVisit
ORDER BY lastVisit DESC, uscc
