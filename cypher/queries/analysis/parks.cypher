// Every park with its units and the chains it focuses on, for the analysis projection.
// Columns: id, name, units, occupiedUnits, focus [chain id]
MATCH (p:Park)
RETURN p.id AS id, p.name AS name, p.units AS units, p.occupiedUnits AS occupiedUnits,
       [(p)-[:FOCUSES_ON]->(c:Chain) | c.id] AS focus
