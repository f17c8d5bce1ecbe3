-- What an imported 903 return said about the episode a placement or legal status starts: its reason for new
-- episode (RNE) and category of need (CIN), as returned, so the 903 export gives them back rather than deriving
-- them again. SSD names from ssd_cla_episodes; optional, blank for what Hearth records itself.
ALTER TABLE ssd_cla_placement ADD COLUMN clap_cla_episode_start_reason text;
ALTER TABLE ssd_cla_placement ADD COLUMN clap_cla_primary_need_code text;
ALTER TABLE ssd_legal_status ADD COLUMN lega_cla_episode_start_reason text;
ALTER TABLE ssd_legal_status ADD COLUMN lega_cla_primary_need_code text;
