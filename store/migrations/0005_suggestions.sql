-- 0005: what story clustering and near-duplicate detection propose.
-- suggested_story is the key of a proposed story ('' when the article was
-- not grouped); imported story keys (story_id) always win and are never
-- changed by clustering. near_duplicate_of points at the earliest article
-- from another outlet whose text is nearly the same (a lightly edited wire
-- copy): flagged, never merged.
ALTER TABLE articles ADD COLUMN suggested_story TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN near_duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;
CREATE INDEX articles_suggested_story ON articles(suggested_story) WHERE suggested_story <> '';
