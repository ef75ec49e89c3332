// The most connected actors (agencies, firms, universities, hospitals, labs, platforms …),
// by number of entity-to-entity relations.
// @param limit:int=20  how many actors
MATCH (e:Entity)-[r]-(o:Entity)
WHERE e.type IN {{ACTOR_TYPES}}
WITH e, count(r) AS degree, count(DISTINCT o) AS neighbours
RETURN e.name AS name, e.type AS type, e.jurisdiction AS jurisdiction, degree, neighbours
ORDER BY degree DESC, neighbours DESC, name, type, e.id
LIMIT $limit
