/**
 * The statutory returns as files: the SSDA903 (children looked after) as the DfE's CSV tables and CLA XML, and the
 * children in need census as XML. Plain Java over {@link org.hearth.journey.ChildJourney}; no database.
 *
 * <p>Codes the two returns need but Hearth's model does not hold are written blank and named in
 * {@link org.hearth.returns.export.Ssda903Return} and {@link org.hearth.returns.export.CinCensusXml}. The 903's
 * reason for new episode follows the DfE's definitions (see {@link org.hearth.returns.export.Ssda903Episodes}),
 * which differ from the labels currently in {@code codes/RNE.tsv} for B, T and U.
 */
package org.hearth.returns.export;
