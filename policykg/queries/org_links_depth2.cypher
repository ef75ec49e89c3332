// Entities two links away from one organisation and not linked to it directly: the entity in between, both relations with
// their direction (out: the first-named entity is the head), evidence sentence and document.
// Bounded for hub agencies: only the first $limit (via, other) pairs are expanded, and of
// each pair only as many sentences on each side as can still make the first $limit rows.
// @param name:entity  entity name or alias (either script: looked up first)
// @param id=-  with several entities of that name (省政府 of two documents), only the one of this id
// @param limit:int=200  most rows to return
MATCH (k:LookupKey)
WHERE k.k = $name AND k.exact
MATCH (k)-[:KEY_OF]->(e:Entity)
WHERE $id = '-' OR e.id = $id
MATCH (e)--(m:Entity)
WITH DISTINCT e, m
// second-degree: not the entity itself, nor one of its direct neighbours (those are its links)
MATCH (m)--(o:Entity)
WHERE o <> e AND NOT EXISTS { (e)--(o) }
WITH DISTINCT e, m, o
WITH e, m, o, e.name AS entity, o.name AS other, o.type AS other_type, m.name AS via, m.type AS via_type
ORDER BY entity, other, other_type, via, via_type
// every (via, other) pair gives at least one row, so the first $limit pairs hold the first $limit rows
LIMIT $limit
// the distinct first and second hops of each pair, as many as could be among the first rows;
// each entity in between is expanded once, not once per pair (it may be a hub itself)
WITH e, m, entity, via, via_type, collect(o) AS others
CALL {
  WITH e, m
  MATCH (e)-[r1]-(m)
  WITH DISTINCT type(r1) AS rel, CASE WHEN startNode(r1) = e THEN 'out' ELSE 'in' END AS dir,
       r1.doc AS doc, r1.evidence AS evidence
  ORDER BY rel, dir, doc, evidence
  LIMIT $limit
  RETURN collect([rel, dir, doc, evidence]) AS firsts
}
CALL {
  WITH m, others
  MATCH (m)-[r2]-(o:Entity)
  WHERE o IN others
  WITH DISTINCT o, type(r2) AS rel, CASE WHEN startNode(r2) = m THEN 'out' ELSE 'in' END AS dir,
       r2.doc AS doc, r2.evidence AS evidence
  ORDER BY rel, dir, doc, evidence
  WITH o, collect([rel, dir, doc, evidence]) AS seconds
  RETURN o, seconds[..$limit] AS seconds
}
WITH entity, o.name AS other, o.type AS other_type, via, via_type, firsts, seconds
ORDER BY entity, other, other_type, via, via_type
WITH collect([entity, other, other_type, via, via_type, firsts, seconds,
              size(firsts) * size(seconds)]) AS pairs
// rows before each pair; a pair only needs the rows still missing from the first $limit
WITH pairs, [p IN pairs | p[7]] AS sizes
WITH pairs, [j IN range(0, size(sizes) - 1) | reduce(n = 0, k IN sizes[..j] | n + k)] AS before
UNWIND [j IN range(0, size(pairs) - 1) WHERE before[j] < $limit | [pairs[j], $limit - before[j]]] AS cut
WITH cut[0] AS p, cut[1] AS room
UNWIND p[5][..room] AS f
UNWIND p[6][..room] AS s
WITH p[0] AS entity, p[1] AS other, p[2] AS other_type, p[3] AS via, p[4] AS via_type, f, s
WITH DISTINCT entity, f[0] AS first_relation, f[1] AS first_direction, via, via_type,
       s[0] AS second_relation, s[1] AS second_direction, other, other_type,
       f[3] AS first_evidence, f[2] AS first_doc, s[3] AS second_evidence, s[2] AS second_doc
ORDER BY entity, other, other_type, via, via_type, first_relation, second_relation, first_direction,
         second_direction, first_doc, first_evidence, second_doc, second_evidence
// the last pair may bring more rows than are missing; cut by slicing, not LIMIT, which makes
// Neo4j 5 plan the whole statement as a top-N and run out of transaction memory
WITH collect([entity, first_relation, first_direction, via, via_type, second_relation, second_direction,
              other, other_type, first_evidence, first_doc, second_evidence, second_doc]) AS rows
UNWIND rows[..$limit] AS row
RETURN row[0] AS entity, row[1] AS first_relation, row[2] AS first_direction, row[3] AS via,
       row[4] AS via_type, row[5] AS second_relation, row[6] AS second_direction, row[7] AS other,
       row[8] AS other_type, row[9] AS first_evidence, row[10] AS first_doc, row[11] AS second_evidence,
       row[12] AS second_doc
ORDER BY entity, other, other_type, via, via_type, first_relation, second_relation, first_direction,
         second_direction, first_doc, first_evidence, second_doc, second_evidence
