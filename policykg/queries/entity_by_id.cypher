// One entity by its id (as `org`, exports and `also named so` show it), with the documents
// that mention it: how to open one of several entities that share a name (省政府 of two documents).
// @param id  the entity's id, e.g. e_0123456789abcdef
MATCH (e:Entity {id: $id})
WITH e, [(e)<-[:MENTIONS]-(d:Document) | d] AS ds
UNWIND CASE WHEN size(ds) = 0 THEN [null] ELSE ds END AS d
WITH e, d ORDER BY d.file
WITH e, collect(d.file) AS docs, collect(d.doc_number) AS doc_numbers
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.jurisdiction AS jurisdiction,
       e.confidence AS confidence, docs, doc_numbers, true AS exact
