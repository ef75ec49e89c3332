// Every link of one organisation: direction, relation type, the entity at the other end,
// the sentence that states it and the document it comes from.
// @param name:entity  entity name or alias (either script: looked up first)
// @param id=-  with several entities of that name (省政府 of two documents), only the one of this id
MATCH (k:LookupKey)
WHERE k.k = $name AND k.exact
MATCH (k)-[:KEY_OF]->(e:Entity)
WHERE $id = '-' OR e.id = $id
MATCH (e)-[r]-(o:Entity)
CALL { WITH r MATCH (d:Document {id: r.doc_id}) RETURN collect(d) AS ds }
WITH e, r, o, ds[0] AS d
RETURN e.name AS entity, e.type AS entity_type,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation, o.name AS other, o.type AS other_type,
       r.evidence AS evidence, r.doc AS document, d.doc_number AS doc_number, r.start AS start
ORDER BY entity, entity_type, document, start, relation, direction, other, other_type
