// The first links of each relation type of one organisation, and how many there are in all:
// what `policykg org` shows. Hub agencies have tens of thousands of links, so the cut is
// made here, before any document is read; within a relation type rows come in org_links'
// order (document, start, direction, other), and `total` is the type's full count.
// @param name:entity  entity name or alias (either script: looked up first)
// @param id=-  with several entities of that name (省政府 of two documents), only the one of this id
// @param limit:int=25  most links of each relation type
MATCH (k:LookupKey)
WHERE k.k = $name AND k.exact
MATCH (k)-[:KEY_OF]->(e:Entity)
WHERE $id = '-' OR e.id = $id
MATCH (e)-[r]-(o:Entity)
WITH e, r, e.name AS entity, e.type AS entity_type, type(r) AS relation,
     CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
     o.name AS other, o.type AS other_type, r.doc AS document, r.start AS start
ORDER BY entity, entity_type, relation, document, start, direction, other, other_type
// collect references, not maps of their properties: Neo4j accounts a list of 20k maps
// at hundreds of MB against its transaction memory limit
WITH e, entity, entity_type, relation, collect(r) AS rels
WITH e, entity, entity_type, relation, size(rels) AS total, rels[..$limit] AS rels
UNWIND rels AS r
WITH e, entity, entity_type, relation, total, r,
     CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END AS o
CALL { WITH r MATCH (d:Document {id: r.doc_id}) RETURN collect(d.doc_number) AS numbers }
RETURN entity, entity_type, relation, total,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       o.name AS other, o.type AS other_type, r.evidence AS evidence, r.doc AS document,
       numbers[0] AS doc_number, r.start AS start
ORDER BY entity, entity_type, relation, document, start, direction, other, other_type
