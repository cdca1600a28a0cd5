// Disagreements: pairs of actors holding opposing stances on the same territory or guarantee.
//
// Two claims oppose each other when all of these hold:
//   - they have the same type (TERRITORIAL_POSITION, SECURITY_GUARANTEE, ...) and different holders;
//   - one supports: OFFER, PROPOSE, DEMAND or ACCEPT, not negated;
//   - the other opposes: REJECT, or one of the supporting stances negated ("will not accept");
//     CONDITION (accepts only under a condition) and STATE (asserts) take no side;
//   - they are about the same thing: both CONCERN a common place, or, when neither names a place,
//     both BENEFIT a common actor (the guarantee for Ukraine).
// opponentAlsoSupports is true when the opposing holder also supports the same thing: its refusal may
// limit its own commitment ("will not send ground troops") rather than answer the other side.
//
// In Neo4j Browser, set the parameters first (null: no restriction), then run the query:
//   :param type => 'TERRITORIAL_POSITION'
//   :param actors => []
//   :param from => null
//   :param to => null
// type: one claim type or null; actors: keys or names (any name the graph holds), either side;
// from/to: 'YYYY-MM-DD', both claims dated within.
MATCH (s:Actor)-[:HOLDS]->(sc:Claim)
WHERE ($type IS NULL OR sc.type = $type)
  AND sc.stance IN ['OFFER', 'PROPOSE', 'DEMAND', 'ACCEPT'] AND NOT coalesce(sc.negated, false)
  AND ($from IS NULL OR coalesce(sc.dateEnd, sc.date) >= date($from))
  AND ($to IS NULL OR sc.date <= date($to))
CALL (sc) {
  MATCH (sc)-[:CONCERNS]->(p:Place)<-[:CONCERNS]-(oc:Claim)
  RETURN oc, p AS at
  UNION
  MATCH (sc)-[:BENEFITS]->(b:Actor)<-[:BENEFITS]-(oc:Claim)
  WHERE NOT (sc)-[:CONCERNS]->(:Place) AND NOT (oc)-[:CONCERNS]->(:Place)
  RETURN oc, b AS at
}
MATCH (o:Actor)-[:HOLDS]->(oc)
WHERE o <> s AND oc.type = sc.type
  AND (oc.stance = 'REJECT'
       OR (oc.stance IN ['OFFER', 'PROPOSE', 'DEMAND', 'ACCEPT'] AND coalesce(oc.negated, false)))
  AND ($from IS NULL OR coalesce(oc.dateEnd, oc.date) >= date($from))
  AND ($to IS NULL OR oc.date <= date($to))
  AND (size($actors) = 0 OR any(x IN [s, o] WHERE x.key IN $actors
       OR any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) IN [a IN $actors | toLower(a)])))
WITH s, sc, o, oc, collect(DISTINCT at.name) AS at
ORDER BY sc.type, at, sc.date, oc.date, s.name, o.name
RETURN sc.type AS type, at,
       s.name AS holder, sc.stance AS stance, sc.dateValue AS date,
       COLLECT { MATCH (sc)-[r:REPORTED_IN]->(a:Article) RETURN r.evidence ORDER BY a.published LIMIT 1 }[0] AS evidence,
       o.name AS opponent,
       CASE WHEN coalesce(oc.negated, false) AND oc.stance <> 'REJECT' THEN 'NOT ' + oc.stance ELSE oc.stance END AS opponentStance,
       oc.dateValue AS opponentDate,
       COLLECT { MATCH (oc)-[r:REPORTED_IN]->(a:Article) RETURN r.evidence ORDER BY a.published LIMIT 1 }[0] AS opponentEvidence,
       EXISTS {
         MATCH (o)-[:HOLDS]->(x:Claim)
         WHERE x.type = oc.type
           AND x.stance IN ['OFFER', 'PROPOSE', 'DEMAND', 'ACCEPT'] AND NOT coalesce(x.negated, false)
           AND (EXISTS { (x)-[:CONCERNS]->(:Place)<-[:CONCERNS]-(oc) }
                OR (NOT (x)-[:CONCERNS]->(:Place) AND NOT (oc)-[:CONCERNS]->(:Place)
                    AND EXISTS { (x)-[:BENEFITS]->(:Actor)<-[:BENEFITS]-(oc) }))
       } AS opponentAlsoSupports,
       sc.key AS claim, oc.key AS opponentClaim;
