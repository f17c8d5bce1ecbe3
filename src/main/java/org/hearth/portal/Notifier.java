package org.hearth.portal;

import java.util.UUID;

/**
 * Sends a child their one-time sign-in code, to the phone or email their worker verified. A council plugs in its SMS
 * or email service; in demo and development {@link DevOutbox} keeps the message for the worker to read out, and
 * nothing about it is ever logged.
 */
public interface Notifier {
    void send(UUID childId, String recipient, String message);
}
