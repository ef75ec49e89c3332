// Every ingested document with its header metadata and how many entities it mentions.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, count(e) AS entities
RETURN d.file AS file, d.title AS title, d.doc_number AS doc_number, d.issuer AS issuer,
       d.date AS date, d.doc_type AS doc_type, d.region AS region, entities
ORDER BY file
