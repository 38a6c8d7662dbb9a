package be.koers.projection;

/** A record whose envelope or payload cannot be read. */
class MalformedEventException extends RuntimeException {

    MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    MalformedEventException(String message) {
        super(message);
    }
}
