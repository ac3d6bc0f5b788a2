// Every park with its units, its free floor area and the chains it focuses on, for the analysis projection.
// Columns: id, name, units, occupiedUnits, freeFloorAreaSqm, focus [chain id]
MATCH (p:Park)
RETURN p.id AS id, p.name AS name, p.units AS units, p.occupiedUnits AS occupiedUnits,
       p.freeFloorAreaSqm AS freeFloorAreaSqm,
       [(p)-[:FOCUSES_ON]->(c:Chain) | c.id] AS focus
