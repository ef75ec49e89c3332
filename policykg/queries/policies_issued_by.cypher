// What one agency issued: documents whose header names it as issuer, and policies or
// programmes a sentence says it issued.
// @param agency:entity  agency name or alias (either script)
MATCH (k:LookupKey)
WHERE k.k = $agency AND k.exact
MATCH (k)-[:KEY_OF]->(a:Entity)
MATCH (a)-[r:ISSUED]->(x)
CALL { WITH r MATCH (d:Document {id: r.doc_id}) RETURN collect(d) AS ds }
WITH a, r, x, ds[0] AS d
RETURN a.name AS agency, coalesce(x.type, 'Document') AS kind,
       coalesce(x.name, x.title, x.file) AS policy, d.doc_number AS doc_number, d.date AS date,
       r.doc AS document, r.evidence AS evidence, r.rule AS rule
ORDER BY agency, document, kind, policy, evidence
