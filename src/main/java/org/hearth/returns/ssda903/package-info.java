/**
 * The SSDA903 (children looked after) return validator.
 *
 * <p>{@link org.hearth.returns.ssda903.Ssda903Reader} reads a directory of CSV files into
 * {@link org.hearth.returns.ssda903.Ssda903Data}, recognising each table by its columns. Each
 * {@link org.hearth.returns.ssda903.Ssda903Table} keeps its values as columns of strings (blank is null) and parses
 * a date column, or groups its rows by child, once, on first use. {@link org.hearth.returns.ssda903.Ssda903Context}
 * adds what several rules share (episodes in date order, the 12-month cohort, the postcode lookup).
 *
 * <p>Rules live in {@code rules}, one small object per DfE code, registered by family in
 * {@link org.hearth.returns.ssda903.Ssda903Registry} with the collection years they apply to. The year's catalogue
 * ({@code reference/ssda903/rules-YYYY_YY.tsv}) decides which codes run and supplies their messages and fields;
 * {@link org.hearth.returns.ssda903.Ssda903Validator} runs them and reports
 * {@link org.hearth.returns.ValidationIssue}s, plus the catalogued rules it could not run and why.
 * Code lists are in {@code returns/ssda903/codes/codes.tsv} through {@link org.hearth.returns.ssda903.Ssda903Codes}.
 *
 * <p>{@link org.hearth.returns.ssda903.ValidateCommand} is the command-line entry. Where Hearth reads a rule
 * differently from the sector's validator, {@code docs/returns-differences.md} says so.
 */
package org.hearth.returns.ssda903;
