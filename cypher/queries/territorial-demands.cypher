// Territorial demands by holder: every actor that demands territory, with each demand's date, the places
// and parties at stake and the evidence of its earliest report; holders with the most demands first.
// (To include proposals, add 'PROPOSE' to the stance list.)
//
// No parameters.
MATCH (h:Actor)-[:HOLDS]->(c:Claim {type: 'TERRITORIAL_POSITION'})
WHERE c.stance IN ['DEMAND'] AND NOT coalesce(c.negated, false)
CALL (c) {
  MATCH (c)-[r:REPORTED_IN]->(a:Article)
  RETURN r.evidence AS evidence, a.title AS source
  ORDER BY a.published, a.id, r.start
  LIMIT 1
}
WITH h, c, evidence, source
ORDER BY c.date, c.key
WITH h, collect({date: coalesce(c.dateValue, 'undated'), places: [(c)-[:CONCERNS]->(p:Place) | p.name],
                 parties: [(c)-[:BENEFITS]->(b:Actor) | b.name], evidence: evidence, source: source,
                 key: c.key}) AS demands
RETURN h.name AS holder, size(demands) AS count, demands
ORDER BY count DESC, holder;
