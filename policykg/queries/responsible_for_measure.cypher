// Who answers for one measure of a policy: the units of the 责任单位 list that closes the measure
// whose number or heading words are given (each RESPONSIBLE_FOR's evidence opens with the measure's
// number and heading), with the policy matched like agencies_responsible_for. A number ((十四),
// （十四）, 十四、, 第十四条, 3.) finds the measure so numbered, a bare one (十四) any of its forms, and
// never a measure whose number only holds it (十一 for 一); other text is words of the heading.
// @param measure  the measure's number or words of its heading, e.g. （十四） or 临床
// @param policy  policy name, alias, title fragment, document number or file
// @param labels:labels=measure  derived from measure, never typed: the stored labels a number stands for
// @param forms:forms=measure  derived from measure, never typed: its words in each script (a Traditional
//   document's evidence is stored as written)
MATCH (a:Entity)-[r:RESPONSIBLE_FOR]->(x:Entity)
WHERE CASE WHEN size($labels) = 0 THEN any(m IN $forms WHERE r.evidence CONTAINS m)
           ELSE any(label IN $labels WHERE r.evidence STARTS WITH label) END
CALL { WITH r MATCH (d:Document {id: r.doc_id}) RETURN collect(d) AS ds }
WITH a, r, x, ds[0] AS d
WHERE x.name = $policy OR $policy IN x.aliases OR d.title CONTAINS $policy
   OR d.doc_number = $policy OR d.file = $policy
RETURN a.name AS agency, x.name AS policy, r.evidence AS measure, r.doc AS document, r.start AS start
ORDER BY document, start, agency
