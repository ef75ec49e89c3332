// Entities whose name, an alias or a normalised lookup key equals the given text,
// with the documents that mention them (what `policykg org` starts from).
// @param name  entity name or alias as typed
// @param key  the same text normalised (full-width folded, no spaces, lower case)
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases OR $key IN e.search
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
WITH e, d ORDER BY d.file
WITH e, collect(d.file) AS docs, collect(d.doc_number) AS doc_numbers
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.jurisdiction AS jurisdiction,
       e.confidence AS confidence, docs, doc_numbers, e.name = $name AS exact
ORDER BY exact DESC, size(docs) DESC, name, type, id
