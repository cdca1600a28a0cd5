// Security guarantees offered or proposed to one beneficiary: by whom and when, with the evidence of the
// earliest report and how many articles report it.
//
// In Neo4j Browser, set the parameter first, then run the query:
//   :param beneficiary => 'Ukraine'
// beneficiary: an actor's key ('Q212') or any name the graph holds for it; case does not matter.
MATCH (b:Actor)
WHERE b.key = $beneficiary OR toLower(b.name) = toLower($beneficiary)
   OR any(a IN coalesce(b.aliases, []) WHERE toLower(a) = toLower($beneficiary))
MATCH (h:Actor)-[:HOLDS]->(c:Claim {type: 'SECURITY_GUARANTEE'})-[:BENEFITS]->(b)
WHERE c.stance IN ['OFFER', 'PROPOSE'] AND NOT coalesce(c.negated, false)
CALL (c) {
  MATCH (c)-[r:REPORTED_IN]->(a:Article)
  RETURN r.evidence AS evidence, r.condition AS condition, a.title AS source, a.publishedText AS published,
         coalesce(a.url, a.source) AS url
  ORDER BY a.published, a.id, r.start
  LIMIT 1
}
RETURN h.name AS guarantor, c.stance AS stance, coalesce(c.dateValue, 'undated') AS date, b.name AS beneficiary,
       [(c)-[:CONCERNS]->(p:Place) | p.name] AS places, evidence, condition, source, published, url,
       COUNT { (c)-[:REPORTED_IN]->(:Article) } AS reports, c.key AS key
ORDER BY c.date, guarantor, key;
