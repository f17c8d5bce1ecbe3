-- A record that started from the child's own answers marks them USED beside the child's words (child_space_mark, V42),
-- with the record's kind and id in its note, so the next form does not offer the same answers again. The child's words
-- themselves are their record and are only ever written through the journey (BoundariesTest).
ALTER TABLE child_space_mark DROP CONSTRAINT IF EXISTS child_space_mark_mark_check;
ALTER TABLE child_space_mark ADD CONSTRAINT child_space_mark_mark_check
    CHECK (mark IN ('FLAGGED', 'SEEN', 'KEPT_IN_TOUCH', 'USED'));
