// The positions at a glance, as a graph: who holds which claims, for whom and about which places.
// Best viewed with the eventline style (run :style with the contents of cypher/eventline.grass).
//
// No parameters.
MATCH p = (h:Actor)-[:HOLDS]->(c:Claim)
OPTIONAL MATCH q = (c)-[:BENEFITS|CONCERNS]->()
RETURN p, q
LIMIT 300;
