-- The reason for a contact, in the words of whoever made it: the decision on it (within one working day) is
-- judged against this, and the referral that may follow starts from it.
ALTER TABLE ssd_contacts ADD COLUMN cont_contact_reason text;
