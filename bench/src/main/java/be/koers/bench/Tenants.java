package be.koers.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The benchmark's administrations and their users: one planner each, and the operator, who registers them and runs
 * rebuilds. They sign in at the local issuer as its test users, {@code <role>@<administration>} (the operator as
 * {@code operator}) with the role as password.
 */
public record Tenants(List<String> ids) {

    public static final String OPERATOR = "operator";

    public static Tenants of(int count) {
        return new Tenants(IntStream.rangeClosed(1, count).mapToObj(i -> String.format("t%03d", i)).toList());
    }

    public static String plannerOf(String tenant) {
        return "planner@" + tenant;
    }

    /** A test user's password is its role. */
    public static String passwordOf(String user) {
        return user.contains("@") ? user.substring(0, user.indexOf('@')) : user;
    }
}
