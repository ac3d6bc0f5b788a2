// Indexes on the properties used in lookups and filters.
CREATE INDEX link_chain IF NOT EXISTS FOR (l:Link) ON (l.chainId);
CREATE INDEX enterprise_local IF NOT EXISTS FOR (e:Enterprise) ON (e.local);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (e:Enterprise) ON (e.name);
CREATE INDEX enterprise_region IF NOT EXISTS FOR (e:Enterprise) ON (e.region);
CREATE INDEX project_type_stage IF NOT EXISTS FOR (p:Project) ON (p.type, p.stage);
CREATE INDEX evaluation_year IF NOT EXISTS FOR (v:Evaluation) ON (v.year);
CREATE INDEX parcel_status IF NOT EXISTS FOR (p:Parcel) ON (p.status);
CREATE INDEX parcel_town IF NOT EXISTS FOR (p:Parcel) ON (p.town);
