-- The contact address a sign-in link was mailed to, carried on to the session it opens: that session
-- may switch to every school and company with exactly this address, and to no other.
ALTER TABLE sign_in_token ADD COLUMN contact_email VARCHAR(254);
