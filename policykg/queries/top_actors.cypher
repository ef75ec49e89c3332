// The most connected actors (agencies, firms, universities, hospitals, labs, platforms …),
// by number of entity-to-entity relations.
// @param limit:int=20  how many actors
MATCH (e:Entity)-[r]-(o:Entity)
WHERE e.type IN {{ACTOR_TYPES}}
WITH e, count(r) AS degree, count(DISTINCT o) AS neighbours
// order before projecting: ids are not returned, and grafeo 0.6 mis-sorts on non-returned keys
ORDER BY degree DESC, neighbours DESC, e.name, e.type, e.id
LIMIT $limit
RETURN e.name AS name, e.type AS type, e.jurisdiction AS jurisdiction, degree, neighbours
