package be.koers.query.plan;

import be.koers.query.problem.QueryRefusal;

/** Which page of a search to answer: pages count from 0 and hold 1 to 1000 elements. */
public record Paging(int page, int size) {

    private static final int MAX_SIZE = 1000;

    public Paging {
        if (page < 0) {
            throw QueryRefusal.outOfRange("page", page, 0, Integer.MAX_VALUE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw QueryRefusal.outOfRange("size", size, 1, MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
