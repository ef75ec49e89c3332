// How many rows org_links_depth2 gives without its limit, counted up to $cap: what `org --depth 2`
// says when it shows only the first ("200 of 356").
// @param name:entity  entity name or alias (either script: looked up first)
// @param id=-  with several entities of that name (省政府 of two documents), only the one of this id
// @param cap:int=100000  stop counting here (a hub agency may have millions)
MATCH (k:LookupKey)
WHERE k.k = $name AND k.exact
MATCH (k)-[:KEY_OF]->(e:Entity)
WHERE $id = '-' OR e.id = $id
MATCH (e)--(m:Entity)
WITH DISTINCT e, m
MATCH (m)--(o:Entity)
WHERE o <> e AND NOT EXISTS { (e)--(o) }
WITH DISTINCT e, m, o
MATCH (e)-[r1]-(m)
MATCH (m)-[r2]-(o)
WITH DISTINCT e.name AS entity, type(r1) AS first_relation,
     CASE WHEN startNode(r1) = e THEN 'out' ELSE 'in' END AS first_direction, m.name AS via, m.type AS via_type,
     type(r2) AS second_relation, CASE WHEN startNode(r2) = m THEN 'out' ELSE 'in' END AS second_direction,
     o.name AS other, o.type AS other_type, r1.evidence AS first_evidence, r1.doc AS first_doc,
     r2.evidence AS second_evidence, r2.doc AS second_doc
LIMIT $cap
RETURN count(*) AS total
// one row; the order is there as in every named query
ORDER BY total
