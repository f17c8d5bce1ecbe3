-- The CIN census a CIN episode was imported from: the collection year (by the March it ends in) whose census
-- returned it, so the CIN export of that year gives the episode back as returned (Referral.censusYear).
-- Optional: blank for episodes recorded in Hearth.
ALTER TABLE ssd_cin_episodes ADD COLUMN cine_census_year integer;
-- The date by which a section 47 enquiry's initial conference should be held (the census's InitialCPCtarget).
-- SSD keeps it on the conference (icpc_icpc_target_date); Hearth knows it before any conference is held.
ALTER TABLE ssd_s47_enquiry ADD COLUMN s47e_icpc_target_date date;
