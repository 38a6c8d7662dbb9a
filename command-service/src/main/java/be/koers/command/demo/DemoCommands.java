package be.koers.command.demo;

import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.command.common.Mandate;
import be.koers.planning.api.plan.*;
import be.koers.planning.api.shared.TenantId;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Sends the demo's commands as the demo loader, in the shorthand the demo plans of Koersbeke are written in. */
final class DemoCommands {

    static final TenantId TENANT = TenantId.of("koersbeke");

    private final CommandSender commands;
    private final ChangeContext demo = new ChangeContext("demo-loader", null, "Demo plan", "demo-plan-load", null,
            Mandate.ANY_DEPARTMENT);

    DemoCommands(CommandSender commands) {
        this.commands = commands;
    }

    void send(Object command) {
        commands.send(command, demo);
    }

    ElementId goal(PlanId plan, ElementId id, ElementId parent, Level level, String title, String policyField, int sdg) {
        send(new DefineGoal(TENANT, plan, id, parent, level, title, null, null, false,
                new Tags(set(policyField), set("Residents"), null, new TreeSet<>(Set.of(sdg)))));
        return id;
    }

    ElementId item(PlanId plan, ElementId id, ElementId parent, Level level, String title, Owner owner, ActionType type,
                   List<String> preconditions, Period period, String policyField) {
        send(new DefineItem(TENANT, plan, id, parent, level, title, null, owner, type, preconditions, period,
                tags(policyField)));
        return id;
    }

    static Tags tags(String policyField) {
        return new Tags(set(policyField), set("Residents"), set("Koersbeke-Centrum"), new TreeSet<>(Set.of(11)));
    }

    private static TreeSet<String> set(String value) {
        return new TreeSet<>(Set.of(value));
    }
}
