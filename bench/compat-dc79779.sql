-- For bench/web-before-after-100k.sh --before-sql: lets a build from before V26 (e.g. dc79779, "before" of issue 13)
-- read a data directory made by today's code. V26 moved strategy_discussions.stra_agencies (one line of text) into
-- protection_attendees and dropped the column; the old code still selects it. Put it back, filled from the
-- participants, so the old build reads what it would have shown. Today's code does not read it. Benchmark data only:
-- never run this against a council's database.
ALTER TABLE strategy_discussions ADD COLUMN IF NOT EXISTS stra_agencies text;
UPDATE strategy_discussions s SET stra_agencies = a.agencies
FROM (SELECT prat_meeting_id,
             string_agg(coalesce(prat_organisation_name, prat_agency), ', '
                        ORDER BY prat_agency, prat_organisation_name) AS agencies
      FROM protection_attendees
      WHERE prat_meeting_kind = 'strategy-discussions'
      GROUP BY prat_meeting_id) a
WHERE a.prat_meeting_id = s.stra_strategy_discussion_id AND s.stra_agencies IS NULL;
