// Every enterprise with what the analyses use and the links it works in, for the analysis projection.
// Columns: uscc, name, local, region, scale, revenue, tags [string], links [link id]
MATCH (e:Enterprise)
RETURN e.uscc AS uscc, e.name AS name, coalesce(e.local, false) AS local, e.region AS region, e.scale AS scale,
       e.revenue AS revenue, coalesce(e.tags, []) AS tags, [(e)-[:IN_LINK]->(l:Link) | l.id] AS links
