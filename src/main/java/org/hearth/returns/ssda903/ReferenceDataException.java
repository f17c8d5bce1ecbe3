package org.hearth.returns.ssda903;

/** A reference data file (Ofsted's register, the LA code list) that cannot be read; the message says where and why. */
public final class ReferenceDataException extends Exception {
    public ReferenceDataException(String message) {
        super(message);
    }
}
