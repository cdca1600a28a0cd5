// What changed since a date: the claims and events reported by articles published on or after it
// (ingested on or after it, for articles without a date), each marked
//   status 'new'       no article published before the date reports it,
//          'again'     it was reported before too;
//   changed  true for a claim whose stance the holder did not take on the same claim type in articles
//            published before the date, while it took others (earlierStances lists them). STATE asserts
//            rather than takes a position: it is neither compared nor listed.
//
// In Neo4j Browser, set the parameter first, then run the query:
//   :param since => '2025-12-15'
// since: a date, 'YYYY-MM-DD'.
CALL () {
  MATCH (h:Actor)-[:HOLDS]->(c:Claim)
  RETURN c AS item, 'CLAIM' AS kind, h AS holder,
         CASE WHEN coalesce(c.negated, false) AND c.stance <> 'REJECT' THEN 'NOT ' + c.stance ELSE c.stance END AS stance,
         [(c)-[:BENEFITS]->(b:Actor) | b.name] + [(c)-[:CONCERNS]->(p:Place) | p.name] AS targets
  UNION
  MATCH (e:Event)
  RETURN e AS item, 'EVENT' AS kind, null AS holder, null AS stance,
         [(x:Actor)-[:PARTICIPATED_IN]->(e) | x.name] + [(e)-[:LOCATED_IN]->(p:Place) | p.name] AS targets
}
WITH item, kind, holder, stance, targets,
     [(item)-[r:REPORTED_IN]->(a:Article) | {published: coalesce(a.published, date(datetime(a.ingestedAt))),
                                             title: a.title, evidence: r.evidence}] AS reports
WITH item, kind, holder, stance, targets,
     [x IN reports WHERE x.published >= date($since)] AS recent,
     [x IN reports WHERE x.published < date($since)] AS earlier
WHERE size(recent) > 0
WITH item, kind, holder, stance, targets, recent, earlier,
     CASE WHEN holder IS NULL THEN []
          ELSE COLLECT {
            MATCH (holder)-[:HOLDS]->(p:Claim {type: item.type})-[:REPORTED_IN]->(old:Article)
            WHERE p <> item AND p.stance <> 'STATE'
              AND coalesce(old.published, date(datetime(old.ingestedAt))) < date($since)
            RETURN DISTINCT CASE WHEN coalesce(p.negated, false) AND p.stance <> 'REJECT'
                                 THEN 'NOT ' + p.stance ELSE p.stance END
          } END AS earlierStances
RETURN CASE WHEN size(earlier) = 0 THEN 'new' ELSE 'again' END AS status,
       kind, coalesce(item.dateValue, 'undated') AS date, holder.name AS holder, item.type AS type, stance, targets,
       kind = 'CLAIM' AND stance <> 'STATE' AND size(earlierStances) > 0 AND NOT stance IN earlierStances AS changed, earlierStances,
       recent[0].evidence AS evidence, recent[0].title AS source, size(recent) AS recentReports, item.key AS key
ORDER BY status DESC, item.date, kind, type, key;
