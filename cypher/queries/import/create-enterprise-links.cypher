// IN_LINK for enterprises new to the graph: no tie of theirs can exist yet, so it is created without a look-up. The
// rows come as one list per column, row i at index i of each; a tie of unknown main-ness is not the main one.
// Parameters: uscc, linkId, main. Columns: changed
UNWIND range(0, size($uscc) - 1) AS i
MATCH (e:Enterprise {uscc: $uscc[i]})
MATCH (l:Link {id: $linkId[i]})
CREATE (e)-[:IN_LINK {main: coalesce($main[i], false)}]->(l)
RETURN count(*) AS changed
