// Timeline of one actor: the claims it holds and the events it took part in, in date order, each with
// its earliest report. Undated entries come last.
//
// In Neo4j Browser, set the parameter first, then run the query:
//   :param actor => 'Zelensky'
// actor: the actor's key ('Q3874799') or any name the graph holds for it: its canonical name or a name
// an article used ('Zelensky', '澤倫斯基'); case does not matter. (eventline export --actor also knows
// every alias of the gazetteer, in any script.)
MATCH (x:Actor)
WHERE x.key = $actor OR toLower(x.name) = toLower($actor)
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($actor))
CALL (x) {
  MATCH (x)-[:HOLDS]->(c:Claim)
  RETURN c AS item, 'CLAIM' AS kind,
         CASE WHEN coalesce(c.negated, false) AND c.stance <> 'REJECT' THEN 'NOT ' + c.stance ELSE c.stance END AS stance,
         [(c)-[:BENEFITS]->(b:Actor) | b.name] AS actors, [(c)-[:CONCERNS]->(p:Place) | p.name] AS places
  UNION
  MATCH (x)-[:PARTICIPATED_IN]->(e:Event)
  RETURN e AS item, 'EVENT' AS kind, null AS stance,
         [(o:Actor)-[:PARTICIPATED_IN]->(e) WHERE o <> x | o.name] AS actors,
         [(e)-[:LOCATED_IN]->(p:Place) | p.name] AS places
}
CALL (item) {
  MATCH (item)-[r:REPORTED_IN]->(a:Article)
  RETURN r.evidence AS evidence, a.title AS source, a.publishedText AS published, coalesce(a.url, a.source) AS url
  ORDER BY a.published, a.id, r.start
  LIMIT 1
}
RETURN coalesce(item.dateValue, 'undated') AS date, item.datePrecision AS precision, x.name AS actor, kind,
       item.type AS type, stance, actors, places, evidence, source, published, url,
       COUNT { (item)-[:REPORTED_IN]->(:Article) } AS reports, item.key AS key
ORDER BY item.date, item.dateEnd, kind, type, key;
