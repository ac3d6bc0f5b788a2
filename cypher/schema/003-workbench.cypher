// Keys and lookups of the workbench (SPEC section 10): visits by id, audit entries by time and by what they are about.
CREATE CONSTRAINT visit_id IF NOT EXISTS FOR (v:Visit) REQUIRE v.id IS UNIQUE;
CREATE INDEX visit_date IF NOT EXISTS FOR (v:Visit) ON (v.date);
CREATE INDEX visit_intention IF NOT EXISTS FOR (v:Visit) ON (v.intention);
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_subject IF NOT EXISTS FOR (a:AuditEntry) ON (a.entity, a.id);
