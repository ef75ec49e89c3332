// Every entity's id, name, type and aliases: the candidate list for fuzzy suggestions.
// @param limit:int=200000  most entities to return
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases
ORDER BY name, id
LIMIT $limit
