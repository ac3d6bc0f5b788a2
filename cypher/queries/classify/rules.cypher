// The links that have rules for classification: industry codes, keywords or exclude keywords (SPEC section 14).
// Columns: linkId, industryCodes [string], keywords [string], excludeKeywords [string]
MATCH (l:Link)
WHERE l.industryCodes IS NOT NULL OR l.keywords IS NOT NULL OR l.excludeKeywords IS NOT NULL
RETURN l.id AS linkId, coalesce(l.industryCodes, []) AS industryCodes, coalesce(l.keywords, []) AS keywords,
       coalesce(l.excludeKeywords, []) AS excludeKeywords
ORDER BY linkId
