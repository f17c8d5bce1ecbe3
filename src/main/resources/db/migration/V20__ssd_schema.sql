-- The Standard Safeguarding Dataset as tables (./hearth ssd export --schema): a derived copy of the record, reloaded
-- whole in one transaction by each export. The application's role may create its tables here and nowhere else
-- (AppRoleGrants gives USAGE and CREATE on this schema only); the record itself stays in public.
CREATE SCHEMA IF NOT EXISTS ssd;
