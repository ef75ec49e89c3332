// Shortest chains of relations (up to 6 hops) between two entities, with every hop's
// relation type, direction (the head of each hop), evidence and document.
// Unbounded: between hub agencies the engine may refuse to hold every equally short chain;
// `policykg path` gives the same first chains with a bounded search from both ends.
// @param a:entity  first entity: name or alias (either script)
// @param b:entity  second entity: name or alias (either script)
// @param limit:int=10  most paths to return
MATCH (ka:LookupKey)
WHERE ka.k = $a AND ka.exact
MATCH (ka)-[:KEY_OF]->(a:Entity)
MATCH (kb:LookupKey)
WHERE kb.k = $b AND kb.exact
MATCH (kb)-[:KEY_OF]->(b:Entity)
WITH a, b
WHERE a <> b
MATCH p = allShortestPaths((a)-[:{{RELATION_TYPES}}*..6]-(b))
WITH p, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | r.id] AS ids, length(p) AS hops
// order before projecting: ids are not returned, and grafeo 0.6 mis-sorts on non-returned keys
ORDER BY hops, names, ids
LIMIT $limit
RETURN names,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | startNode(r).name] AS heads,
       [r IN relationships(p) | r.evidence] AS evidence,
       [r IN relationships(p) | r.doc] AS documents,
       hops
