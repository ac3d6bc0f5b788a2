// Uniqueness constraints on every key (SPEC section 2). Each one also backs an index.
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT link_id IF NOT EXISTS FOR (l:Link) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT enterprise_uscc IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.uscc IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (p:Park) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT evaluation_key IF NOT EXISTS FOR (v:Evaluation) REQUIRE (v.uscc, v.year) IS UNIQUE;
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT parcel_id IF NOT EXISTS FOR (p:Parcel) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT renewal_parcel IF NOT EXISTS FOR (r:Renewal) REQUIRE r.parcel IS UNIQUE;
