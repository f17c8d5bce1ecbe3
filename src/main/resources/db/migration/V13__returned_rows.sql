-- Which rows an imported 903 return gave each child, by table (Hearth: the SSD has no place for a return's
-- membership). The export gives an imported year back with the same rows; values come from the record itself.
CREATE TABLE returns_returned_rows (
    retr_row_id           uuid PRIMARY KEY,
    retr_person_id        uuid NOT NULL REFERENCES ssd_person,
    retr_return_year_end  date NOT NULL,      -- the 31 March ending the return's collection year
    retr_return_table     text NOT NULL,      -- DfE table name: Header, Reviews, OC2 ...
    retr_row_key          text NOT NULL DEFAULT '',  -- the record's date (yyyy-mm-dd) for tables with several rows
    retr_later_dates_given boolean            -- the row gave a date after the year's 31 March, kept by the export
);
CREATE INDEX returns_returned_rows_person ON returns_returned_rows (retr_person_id);
