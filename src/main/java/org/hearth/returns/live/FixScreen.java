package org.hearth.returns.live;

/**
 * Where on Hearth an error is put right: the page's name as the user sees it, and its address.
 *
 * @param label e.g. "Change of placement"
 * @param href  e.g. "/children/{id}/placements/change"
 */
public record FixScreen(String label, String href) {}
