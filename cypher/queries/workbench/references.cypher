// Which of the things a project names exist: a chain, a link (and the chain it belongs to), two enterprises, a park;
// and whether a project of the given id exists already. A null parameter matches nothing.
// Parameters: id, chainId, linkId, investor, referrer, parkId.
// Columns: projectExists, chain, linkChainId (null: no such link), investor, referrer, park
OPTIONAL MATCH (p:Project {id: $id})
OPTIONAL MATCH (c:Chain {id: $chainId})
OPTIONAL MATCH (l:Link {id: $linkId})
OPTIONAL MATCH (i:Enterprise {uscc: $investor})
OPTIONAL MATCH (r:Enterprise {uscc: $referrer})
OPTIONAL MATCH (k:Park {id: $parkId})
RETURN p IS NOT NULL AS projectExists, c IS NOT NULL AS chain, l.chainId AS linkChainId, i IS NOT NULL AS investor,
       r IS NOT NULL AS referrer, k IS NOT NULL AS park
