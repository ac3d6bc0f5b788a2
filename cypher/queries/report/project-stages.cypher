// Every project at the stage it stood at on a day: that of its last stage event at or before the day (an event dated
// YYYY or YYYY-MM counts from the first day of that year or month, which comparing the texts gives), projects without
// an event by then left out; without a day, at its current stage.
// Parameters: asOf (YYYY-MM-DD, or null for the current stage), bureau (lead agency of the bureau-led chains)
// Columns: id, type, chain {id, name, nameEn} (null without one), bureauLed, investment (万元), stage
MATCH (p:Project)
OPTIONAL MATCH (p)-[:FOR_CHAIN]->(c:Chain)
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_STAGE]->(e:StageEvent)
  WHERE $asOf IS NOT NULL AND e.at <= $asOf
  WITH e ORDER BY e.at DESC, e.seq DESC
  RETURN collect(e.stage)[0] AS stageThen
}
WITH p, c, CASE WHEN $asOf IS NULL THEN p.stage ELSE stageThen END AS stage
WHERE stage IS NOT NULL
RETURN p.id AS id, p.type AS type, c {.id, .name, .nameEn} AS chain, coalesce(c.leadAgency = $bureau, false) AS bureauLed,
       p.investment AS investment, stage
ORDER BY id
