package org.operatorlab.app.cli;

/** A failure the user can act on; its message is printed as the one error line. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
