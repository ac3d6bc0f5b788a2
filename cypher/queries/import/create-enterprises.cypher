// Creates enterprises known to be new to the graph (checked before the write), without the MERGE look-up, their
// properties set in the CREATE itself (an absent one is null there, which stores nothing). The rows come as one list
// per column, row i at index i of each. Without a local value of its own, an enterprise takes the default of its
// division code.
// Parameters: uscc, name, region, local, localDefault, division, scale, revenue, tax, registeredCapital, employees,
// landMu, founded, tags, industryCode, businessScope, products.
// Columns: changed
UNWIND range(0, size($uscc) - 1) AS i
CREATE (:Enterprise {uscc: $uscc[i], name: $name[i], region: $region[i], local: coalesce($local[i], $localDefault[i]), division: $division[i],
                     scale: $scale[i], revenue: $revenue[i], tax: $tax[i], registeredCapital: $registeredCapital[i],
                     employees: $employees[i], landMu: $landMu[i], founded: $founded[i], tags: $tags[i],
                     industryCode: $industryCode[i], businessScope: $businessScope[i], products: $products[i]})
RETURN count(*) AS changed
