// Entities whose name or an alias contains a string, shortest names first.
// @param q  part of a name, e.g. 药监 or 大学
// @param limit:int=50  most entities to return
MATCH (e:Entity)
WHERE e.name CONTAINS $q OR any(al IN e.aliases WHERE al CONTAINS $q)
WITH e, size([(e)<-[:MENTIONS]-(d:Document) | d]) AS documents
// order before projecting: ids are not returned, and grafeo 0.6 mis-sorts on non-returned keys
ORDER BY size(e.name), e.name, e.type, e.id
LIMIT $limit
RETURN e.name AS name, e.type AS type, e.jurisdiction AS jurisdiction, e.aliases AS aliases, documents
