// The renewed parcels with their renewals (腾笼换鸟): what the renewal cost and the figures before and after.
// Parameters: none
// Columns: parcel, name, town, areaMu, buildingAreaSqm, completed, investment, beforeTax, afterTax, beforeRevenue,
//          afterRevenue, beforeBuildingAreaSqm, afterBuildingAreaSqm, beforeEnterprises, afterEnterprises, note
MATCH (p:Parcel {status: 'RENEWED'})-[:HAS_RENEWAL]->(r:Renewal)
RETURN p.id AS parcel, p.name AS name, p.town AS town, p.areaMu AS areaMu, p.buildingAreaSqm AS buildingAreaSqm,
       r.completed AS completed, r.investment AS investment, r.beforeTax AS beforeTax, r.afterTax AS afterTax,
       r.beforeRevenue AS beforeRevenue, r.afterRevenue AS afterRevenue,
       r.beforeBuildingAreaSqm AS beforeBuildingAreaSqm, r.afterBuildingAreaSqm AS afterBuildingAreaSqm,
       r.beforeEnterprises AS beforeEnterprises, r.afterEnterprises AS afterEnterprises, r.note AS note
ORDER BY parcel
