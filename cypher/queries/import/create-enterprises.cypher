// Creates enterprises known to be new to the graph (checked before the write), without the MERGE look-up, their
// properties set in the CREATE itself (an absent one is null there, which stores nothing).
// Parameters: rows [{uscc, props}]. Columns: changed
UNWIND $rows AS row
WITH row, row.props AS p
CREATE (:Enterprise {uscc: row.uscc, name: p.name, region: p.region, local: p.local, division: p.division,
                     scale: p.scale, revenue: p.revenue, tax: p.tax, employees: p.employees, landMu: p.landMu,
                     founded: p.founded, tags: p.tags})
RETURN count(*) AS changed
