-- A worker's caseload is looked up by the worker on every My work page. The partial index on open allocations could
-- not serve the query (it also counts allocations ending in the future), so each caseload scanned every allocation
-- in the council: about 200 ms with 100,000 children, against 0.1 ms with this index.
CREATE INDEX ssd_involvements_professional ON ssd_involvements (invo_professional_id);
