// Entities two links away from one organisation, with the entity in between and both relation types.
// @param name  entity name or alias, exactly as stored
// @param limit:int=200  most rows to return
MATCH (k:LookupKey)
WHERE k.k = $name AND k.exact
MATCH (k)-[:KEY_OF]->(e:Entity)
MATCH (e)-[r1]-(m:Entity)-[r2]-(o:Entity)
WHERE o <> e
RETURN DISTINCT e.name AS entity, type(r1) AS first_relation, m.name AS via, m.type AS via_type,
       type(r2) AS second_relation, o.name AS other, o.type AS other_type
ORDER BY entity, other, other_type, via, via_type, first_relation, second_relation
LIMIT $limit
