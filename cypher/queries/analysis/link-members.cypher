// The enterprises working in each link, for the full analysis projection, read from the link's side: one record
// per link, where reading each enterprise's links took one list per enterprise (about 5 times as long at 1M
// enterprises). Links and enterprises are named by internal id, as analysis/links and analysis/enterprises give them.
// Columns: node (link), members [enterprise node]
MATCH (l:Link)
RETURN id(l) AS node, [(l)<-[:IN_LINK]-(e:Enterprise) | id(e)] AS members
