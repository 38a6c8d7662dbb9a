package be.koers.system.faults;

import be.koers.testing.KoersSystem;
import be.koers.testing.ServiceProcess;
import be.koers.testing.ThrowawayPostgres.Shutdown;

import java.util.List;

/** What breaks while the scores come in; each returns once the broken part runs again. */
enum Fault {

    KAFKA_BROKER_KILLED("the Kafka broker killed (SIGKILL) and started again with its data", (koers, indicators) -> {
        koers.kafkaProcess().kill();
        koers.kafkaProcess().start();
    }),
    POSTGRES_RESTARTED("PostgreSQL (all three databases) restarted as an operator does (pg_ctl restart -m fast)",
            (koers, indicators) -> koers.postgres().restart(Shutdown.FAST)),
    POSTGRES_CRASHED("PostgreSQL (all three databases) stopped like a crash and started again (pg_ctl restart -m immediate)",
            (koers, indicators) -> koers.postgres().restart(Shutdown.IMMEDIATE)),
    COMMAND_SERVICE_KILLED("the command-service killed (SIGKILL) and started again", (koers, indicators) -> restart(koers.commandService)),
    QUERY_SERVICE_KILLED("the query-service killed (SIGKILL) and started again", (koers, indicators) -> restart(koers.queryService)),
    REPORTING_SERVICE_KILLED("the reporting-service killed (SIGKILL) and started again", (koers, indicators) -> restart(koers.reportingService)),
    POISON_EVENT_PLANTED("a poison event in both read models' way: the scores of one indicator refused by a flaw of their tables until it is fixed and they are retried",
            (koers, indicators) -> PoisonedReadModels.strike(koers, indicators.get(0)));

    private final String description;
    private final Breaking breaking;

    Fault(String description, Breaking breaking) {
        this.description = description;
        this.breaking = breaking;
    }

    /** @param indicators the indicators this fault's scores are recorded on */
    void inject(KoersSystem koers, List<String> indicators) throws Exception {
        breaking.breakAndRestart(koers, indicators);
    }

    private static void restart(ServiceProcess service) throws InterruptedException {
        service.kill();
        service.start();
    }

    @Override
    public String toString() {
        return description;
    }

    @FunctionalInterface
    private interface Breaking {
        void breakAndRestart(KoersSystem koers, List<String> indicators) throws Exception;
    }
}
