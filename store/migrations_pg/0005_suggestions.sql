-- 0005 (PostgreSQL): what story clustering and near-duplicate detection
-- propose, as ../migrations/0005_suggestions.sql describes.
ALTER TABLE articles ADD COLUMN suggested_story text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN near_duplicate_of bigint REFERENCES articles(id) ON DELETE SET NULL;
CREATE INDEX articles_suggested_story ON articles(suggested_story) WHERE suggested_story <> '';
-- Deleting an article sets the near_duplicate_of of its copies to NULL:
-- without this index PostgreSQL scans articles for each deleted row.
CREATE INDEX articles_near_duplicate ON articles(near_duplicate_of) WHERE near_duplicate_of IS NOT NULL;
