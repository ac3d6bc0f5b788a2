// Inputs of the per-mu evaluation of one year: every enterprise with an Evaluation row for the year, with its name and
// scale, and the parks it is a tenant of (to apportion land to tenants of multi-storey parks). Land is the row's, else
// the enterprise's.
// Parameters: year (integer)
// Columns: uscc, name, scale, tax, valueAdded, revenue, energyTce, emissions, electricityKwh, rnd, employees, landMu,
//          floorAreaSqm, parks [{id, areaMu, floorAreaSqm, floors}]
MATCH (e:Enterprise)-[:HAS_EVALUATION]->(v:Evaluation {year: $year})
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Park)
  RETURN collect(p {.id, .areaMu, .floorAreaSqm, .floors}) AS parks
}
RETURN e.uscc AS uscc, e.name AS name, e.scale AS scale, v.tax AS tax, v.valueAdded AS valueAdded,
       v.revenue AS revenue, v.energyTce AS energyTce, v.emissions AS emissions, v.electricityKwh AS electricityKwh,
       v.rnd AS rnd, v.employees AS employees, coalesce(v.landMu, e.landMu) AS landMu,
       v.floorAreaSqm AS floorAreaSqm, parks
ORDER BY uscc
