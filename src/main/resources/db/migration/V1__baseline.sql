-- Hearth schema baseline. Table and column names follow the Standard Safeguarding Dataset (SSD v1.4.5)
-- where it has one; Hearth's own tables say so in their comment.
SELECT 1;
