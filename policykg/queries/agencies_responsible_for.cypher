// Units named responsible (责任单位) for a policy: matched by the policy entity's name or
// alias, or by the title, document number or file of the document that lists them.
// @param policy  policy name, alias, title fragment, document number or file
MATCH (a:Entity)-[r:RESPONSIBLE_FOR]->(x:Entity)
CALL { WITH r MATCH (d:Document {id: r.doc_id}) RETURN collect(d) AS ds }
WITH a, r, x, ds[0] AS d
WHERE x.name = $policy OR $policy IN x.aliases OR d.title CONTAINS $policy
   OR d.doc_number = $policy OR d.file = $policy
RETURN a.name AS agency, a.type AS agency_type, x.name AS responsible_for, x.type AS target_type,
       r.evidence AS evidence, r.doc AS document, d.doc_number AS doc_number, r.start AS start
ORDER BY document, start, agency, responsible_for
