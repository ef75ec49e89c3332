// Platforms and parks of a region: located in a place whose name contains the region
// (directly or through a park), or with the region in their jurisdiction or name.
// @param region  region name, e.g. 上海, 深圳, 香港, 浦东
MATCH (p:Entity)
WHERE p.type IN ['Platform', 'Park']
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(loc:Entity)
WITH p, loc
ORDER BY loc.name
WITH p, collect(DISTINCT loc.name) AS locations
WHERE any(l IN locations WHERE l CONTAINS $region)
   OR (p.jurisdiction CONTAINS $region AND NOT p.jurisdiction STARTS WITH 'document:') OR p.name CONTAINS $region
RETURN p.name AS name, p.type AS type, p.jurisdiction AS jurisdiction, locations
ORDER BY type, name, jurisdiction
