-- My work asks, on every view, for the approvals a worker sent that are still pending or came back returned
-- (Approvals.pendingFrom and .returned), and whether a returned one was asked again since. None of the three had an
-- index that fits (only pending-by-team and by-child did), so each was a sequential scan of every approval ever
-- requested: nothing in the demo's few rows, but a council's approvals grow by thousands a year and are never deleted.
CREATE INDEX approval_request_requested_by ON approval_request (appr_requested_by, appr_status);
CREATE INDEX approval_request_team_returned ON approval_request (appr_team_id) WHERE appr_status = 'RETURNED';
CREATE INDEX approval_request_subject ON approval_request (appr_subject_id, appr_requested_at);
