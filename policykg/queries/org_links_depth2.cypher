// Entities two links away from one organisation: the entity in between, both relations with
// their direction (out: the first-named entity is the head), evidence sentence and document.
// @param name  entity name or alias, exactly as stored
// @param limit:int=200  most rows to return
MATCH (k:LookupKey)
WHERE k.k = $name AND k.exact
MATCH (k)-[:KEY_OF]->(e:Entity)
MATCH (e)-[r1]-(m:Entity)-[r2]-(o:Entity)
WHERE o <> e
RETURN DISTINCT e.name AS entity,
       type(r1) AS first_relation, CASE WHEN startNode(r1) = e THEN 'out' ELSE 'in' END AS first_direction,
       m.name AS via, m.type AS via_type,
       type(r2) AS second_relation, CASE WHEN startNode(r2) = m THEN 'out' ELSE 'in' END AS second_direction,
       o.name AS other, o.type AS other_type,
       r1.evidence AS first_evidence, r1.doc AS first_doc, r2.evidence AS second_evidence, r2.doc AS second_doc
ORDER BY entity, other, other_type, via, via_type, first_relation, second_relation, first_direction,
         second_direction, first_doc, first_evidence, second_doc, second_evidence
LIMIT $limit
