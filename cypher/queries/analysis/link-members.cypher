// The enterprises working in each link, for the full analysis projection, read from the link's side: one record
// per link, where reading each enterprise's links took one list per enterprise (about 5 times as long at 1M
// enterprises). Links and enterprises are named by internal id, as analysis/links and analysis/enterprises give them.
// Memberships inferred by classification count when $includeInferred, and are listed apart in any case.
// Parameters: includeInferred. Columns: node (link), members [enterprise node], inferred [enterprise node]
MATCH (l:Link)
RETURN id(l) AS node,
       [(l)<-[r:IN_LINK]-(e:Enterprise) WHERE $includeInferred OR coalesce(r.source, 'file') <> 'inferred' | id(e)]
         AS members,
       [(l)<-[r:IN_LINK {source: 'inferred'}]-(e:Enterprise) WHERE $includeInferred | id(e)] AS inferred
