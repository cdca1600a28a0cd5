// Every source of one claim: each article that reports it, earliest first, with the sentence it uses,
// the condition it attaches and the extractor's confidence.
//
// In Neo4j Browser, set the parameter first, then run the query:
//   :param claim => 'claim:0123456789abcdef01234567'
// claim: a claim's key, as in the key column of the other queries (or click a Claim node).
MATCH (h:Actor)-[:HOLDS]->(c:Claim {key: $claim})-[r:REPORTED_IN]->(a:Article)
RETURN h.name AS holder, c.type AS type,
       CASE WHEN coalesce(c.negated, false) AND c.stance <> 'REJECT' THEN 'NOT ' + c.stance ELSE c.stance END AS stance,
       coalesce(c.dateValue, 'undated') AS date, a.title AS title, a.site AS site, a.publishedText AS published,
       coalesce(a.url, a.source) AS url, a.language AS language, r.evidence AS evidence, r.condition AS condition,
       r.confidence AS confidence
ORDER BY a.published, a.id, r.start;
