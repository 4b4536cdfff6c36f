package org.kempelen.search;

/** A search that cannot start or go on as asked (a directory holding something else, a journal of another search or build). */
public final class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
