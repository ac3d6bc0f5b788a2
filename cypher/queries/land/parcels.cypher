// Every parcel with its holder (and the holder's scale and tax on its enterprise record) and its park.
// Parameters: none
// Columns: id, name, town, areaMu, buildingAreaSqm, status, holder {uscc, name}, holderScale, holderTax, parkId
MATCH (p:Parcel)
OPTIONAL MATCH (e:Enterprise)-[:HOLDS]->(p)
OPTIONAL MATCH (p)-[:IN_PARK]->(k:Park)
RETURN p.id AS id, p.name AS name, p.town AS town, p.areaMu AS areaMu, p.buildingAreaSqm AS buildingAreaSqm,
       p.status AS status, CASE WHEN e IS NULL THEN null ELSE e {.uscc, .name} END AS holder,
       e.scale AS holderScale, e.tax AS holderTax, k.id AS parkId
ORDER BY id
