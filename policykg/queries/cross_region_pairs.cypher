// Links between actors of two regions (e.g. 上海 and 香港): cooperation and every other
// relation, an actor belonging to a region by jurisdiction, by name or by an alias the documents
// wrote (香港创新科技署 for 创新科技署, whose table name carries no place).
// @param a_region  first region, e.g. 上海
// @param b_region  second region, e.g. 香港
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.type IN {{ACTOR_TYPES}} AND b.type IN {{ACTOR_TYPES}}
  AND ((a.jurisdiction CONTAINS $a_region AND NOT a.jurisdiction STARTS WITH 'document:') OR a.name CONTAINS $a_region
       OR any(al IN a.aliases WHERE al CONTAINS $a_region))
  AND ((b.jurisdiction CONTAINS $b_region AND NOT b.jurisdiction STARTS WITH 'document:') OR b.name CONTAINS $b_region
       OR any(al IN b.aliases WHERE al CONTAINS $b_region))
RETURN a.name AS a, a.type AS a_type,
       CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation, b.name AS b, b.type AS b_type,
       r.evidence AS evidence, r.doc AS document, r.start AS start
ORDER BY a, b, relation, direction, document, start
