package be.koers.bench.load;

import be.koers.testing.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes: the CPU time (user + system, from /proc) of each service, of the PostgreSQL
 * processes that serve this run (the backends of its databases, and the server's own writers and checkpointer, but
 * not backends of other databases on the same server) and of the benchmark's own JVM (its clients and the
 * in-process Kafka broker). Per accepted command, it tells what one command costs the whole system, and so what
 * rate the machine's cores allow at most.
 * <p>
 * Connection pools retire connections (Hikari after 30 minutes), and a backend that has ended is no longer in /proc.
 * Its CPU is not lost: the postmaster reaps its backends, and the kernel adds a reaped child's CPU to the parent's
 * "children" times. So PostgreSQL's CPU is that of the live processes plus the postmaster's reaped children: a
 * difference between two readings then counts a retired backend's work exactly once, whenever it ended. (Reaped
 * backends of other databases count too; on a benchmark machine nothing else uses the server.)
 */
public final class CpuAccount {

    /** USER_HZ: the unit of /proc's CPU times on Linux. */
    private static final double TICKS_PER_SECOND = 100;
    private static final String POSTGRES = "PostgreSQL";
    private static final String BENCH = "bench + Kafka";
    /** Positions in /proc/pid/stat counted from the state (its 3rd field): ppid, utime, stime, cutime, cstime. */
    private static final int PARENT = 1;
    private static final int USER_TIME = 11;
    private static final int SYSTEM_TIME = 12;
    private static final int CHILDREN_USER_TIME = 13;
    private static final int CHILDREN_SYSTEM_TIME = 14;

    private final List<ServiceProcess> services;
    private final List<String> databases;

    public CpuAccount(List<ServiceProcess> services, List<String> databases) {
        this.services = services;
        this.databases = databases;
    }

    /** CPU seconds so far, per process (group). */
    public Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        services.forEach(service -> seconds.put(service.name(), cpuSeconds(service.pid())));
        List<Long> postgres = postgresPids();
        double live = postgres.stream().filter(this::servesThisRun).mapToDouble(CpuAccount::cpuSeconds).sum();
        double retired = postgres.stream().filter(CpuAccount::isPostmaster).mapToDouble(CpuAccount::reapedChildrenCpuSeconds).sum();
        seconds.put(POSTGRES, live + retired);
        seconds.put(BENCH, cpuSeconds(ProcessHandle.current().pid()));
        return seconds;
    }

    /** "command-service 2.1 ms · … = 6.4 ms per command" between two readings. */
    public static String perOperation(Map<String, Double> before, Map<String, Double> after, long operations, String unit) {
        double total = 0;
        StringBuilder parts = new StringBuilder();
        for (var entry : after.entrySet()) {
            double millis = 1000 * (entry.getValue() - before.getOrDefault(entry.getKey(), 0.0)) / operations;
            total += millis;
            parts.append(String.format(Locale.ROOT, "%s %.2f · ", entry.getKey(), millis));
        }
        return parts + String.format(Locale.ROOT, "total %.2f ms CPU per %s", total, unit);
    }

    /** The rate the machine's cores would allow if CPU were the only limit. */
    public static double ceiling(Map<String, Double> before, Map<String, Double> after, long operations) {
        double seconds = after.entrySet().stream().mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0)).sum();
        return Runtime.getRuntime().availableProcessors() * operations / seconds;
    }

    private static List<Long> postgresPids() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(CpuAccount::isPostgres).collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list processes", e);
        }
    }

    /** A backend names its database in its title ("postgres: 15/main: user database host state"); auxiliary processes name none. */
    private boolean servesThisRun(long pid) {
        try {
            String title = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
            boolean backend = title.contains("127.0.0.1(") || title.contains("[local]");
            return !backend || databases.stream().anyMatch(title::contains);
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean isPostgres(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim().startsWith("postgres");
        } catch (IOException gone) {
            return false;
        }
    }

    /** The postmaster is the one PostgreSQL process whose parent is not PostgreSQL. */
    private static boolean isPostmaster(long pid) {
        return stat(pid).map(fields -> !isPostgres(Long.parseLong(fields[PARENT]))).orElse(false);
    }

    private static double cpuSeconds(long pid) {
        return stat(pid).map(fields -> ticks(fields, USER_TIME, SYSTEM_TIME)).orElse(0.0);
    }

    private static double reapedChildrenCpuSeconds(long pid) {
        return stat(pid).map(fields -> ticks(fields, CHILDREN_USER_TIME, CHILDREN_SYSTEM_TIME)).orElse(0.0);
    }

    private static double ticks(String[] fields, int user, int system) {
        return (Long.parseLong(fields[user]) + Long.parseLong(fields[system])) / TICKS_PER_SECOND;
    }

    /** The fields of /proc/pid/stat after the command name, which is in parentheses and may hold spaces; empty once the process has ended. */
    private static Optional<String[]> stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }
}
