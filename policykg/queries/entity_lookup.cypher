// Entities whose name, an alias or a normalised lookup key equals the given text,
// with the documents that mention them (what `policykg org` starts from). A name no entity has as
// typed is tried in Simplified and Traditional too (医管局 finds 医院管理局 by its alias 醫管局).
// @param name  entity name or alias as typed
// @param key:key=name  derived from name, never typed: its lookup key (full-width folded, no spaces, lower case)
MATCH (k:LookupKey)
WHERE k.k IN [$name, $key]
MATCH (k)-[:KEY_OF]->(e:Entity)
WHERE (k.k = $name AND k.exact) OR (k.k = $key AND k.search)
WITH DISTINCT e
WITH e, [(e)<-[:MENTIONS]-(d:Document) | d] AS ds
UNWIND CASE WHEN size(ds) = 0 THEN [null] ELSE ds END AS d
WITH e, d ORDER BY d.file
WITH e, collect(d.file) AS docs, collect(d.doc_number) AS doc_numbers
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.jurisdiction AS jurisdiction,
       e.confidence AS confidence, docs, doc_numbers, e.name = $name AS exact
ORDER BY exact DESC, size(docs) DESC, name, type, id
