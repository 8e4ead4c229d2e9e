-- Evidence rows with their article and a keyword-in-context excerpt.
-- Offsets are bytes, so the excerpt is cut from the text as a BLOB (substr on
-- a BLOB counts bytes, on TEXT characters); the caller trims partial UTF-8
-- characters at the cut ends. The caller appends WHERE, ORDER BY and LIMIT.
SELECT e.id, e.article_id, e.start, e.end, e.signal, e.category, e.entry, e.voice, e.speaker,
       e.negated, e.weight, e.term,
       a.outlet_id, o.name, coalesce(s.key, ''), a.title, a.published, a.lexicon_version,
       substr(CAST(a.text AS BLOB), max(1, e.start + 1 - 80), min(e.start, 80)),
       substr(CAST(a.text AS BLOB), e.start + 1, e.end - e.start),
       substr(CAST(a.text AS BLOB), e.end + 1, 80)
FROM evidence e
JOIN articles a ON a.id = e.article_id
JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN stories s ON s.id = a.story_id
