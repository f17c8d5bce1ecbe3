-- The CIN census a CIN episode was imported from: the collection year (by the March it ends in) whose census
-- returned it, so the CIN export of that year gives the episode back as returned (Referral.censusYear).
-- Optional: blank for episodes recorded in Hearth.
ALTER TABLE ssd_cin_episodes ADD COLUMN cine_census_year integer;
