// The enterprises that lead a chain, with the enterprise columns of analysis/enterprises, for the gap projection
// (which needs to know whether a chain has a local leader). Starts from the chains, so it does not scan the
// enterprises.
// Columns: uscc, name, local, region, scale, revenue, tags [string], registeredCapital, employees
MATCH (:Chain)<-[:LEADS]-(e:Enterprise)
WITH DISTINCT e
RETURN e.uscc AS uscc, e.name AS name, coalesce(e.local, false) AS local, e.region AS region, e.scale AS scale,
       e.revenue AS revenue, coalesce(e.tags, []) AS tags, e.registeredCapital AS registeredCapital,
       e.employees AS employees
