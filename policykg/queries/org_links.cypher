// Every link of one organisation: direction, relation type, the entity at the other end,
// the sentence that states it and the document it comes from.
// @param name  entity name or alias, exactly as stored
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r]-(o:Entity)
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN e.name AS entity, e.type AS entity_type,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation, o.name AS other, o.type AS other_type,
       r.evidence AS evidence, r.doc AS document, d.doc_number AS doc_number, r.start AS start
ORDER BY entity, entity_type, document, start, relation, direction, other, other_type
