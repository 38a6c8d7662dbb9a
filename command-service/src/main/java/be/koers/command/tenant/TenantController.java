package be.koers.command.tenant;

import be.koers.command.common.CommandAccepted;
import be.koers.command.common.CommandSender;
import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.planning.api.shared.TenantId;
import be.koers.planning.api.tenant.ChangeTenantSettings;
import be.koers.planning.api.tenant.CreateTenant;
import be.koers.planning.api.tenant.DefineDepartment;
import be.koers.planning.api.tenant.DepartmentId;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.planning.api.tenant.LocalisedName;
import be.koers.planning.api.tenant.RemoveDepartment;
import be.koers.planning.api.tenant.ReviseDepartment;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administrations as data: an operator registers one; its tenant admin keeps its names, settings and departments.
 * The tenant admin's administration is always the token's.
 */
@RestController
@Tag(name = "Administrations")
public class TenantController {

    private final CommandSender commands;

    public TenantController(CommandSender commands) {
        this.commands = commands;
    }

    public record CreateTenantRequest(TenantId tenant, LocalisedName name) {
    }

    public record TenantSettingsRequest(LocalisedName name, DepartmentMatch departmentMatch, Boolean publicPage) {
    }

    public record DepartmentRequest(DepartmentId departmentId, LocalisedName name, List<String> groups) {
    }



    @PostMapping("/admin/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an administration with Koers (operators), with its display names in Dutch and English")
    public CommandAccepted create(@RequestBody CreateTenantRequest request, ChangeContext context) {
        commands.send(new CreateTenant(request.tenant(), request.name()), context);
        return new CommandAccepted(request.tenant() == null ? null : request.tenant().value(), context.correlationId());
    }

    @PutMapping("/api/tenant")
    @Operation(summary = "Set your administration's display names, how tokens name its departments (ID, NAME or GROUP) "
            + "and whether its public page is on (tenant admins)")
    public CommandAccepted changeSettings(@RequestBody TenantSettingsRequest request, @AuthenticationPrincipal KoersUser user,
                                          ChangeContext context) {
        commands.send(new ChangeTenantSettings(user.tenant(), request.name(), request.departmentMatch(),
                Boolean.TRUE.equals(request.publicPage())), context);
        return new CommandAccepted(user.tenant().value(), context.correlationId());
    }

    @PostMapping("/api/tenant/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a department, with its names and the identity provider's group ids that mean it (tenant admins)")
    public CommandAccepted defineDepartment(@RequestBody DepartmentRequest request, @AuthenticationPrincipal KoersUser user,
                                            ChangeContext context) {
        commands.send(new DefineDepartment(user.tenant(), request.departmentId(), request.name(), request.groups()), context);
        return new CommandAccepted(request.departmentId() == null ? null : request.departmentId().value(), context.correlationId());
    }

    public record DepartmentRevision(LocalisedName name, List<String> groups) {
    }

    @PutMapping("/api/tenant/departments/{departmentId}")
    @Operation(summary = "Rename a department or change its group ids (tenant admins)")
    public CommandAccepted reviseDepartment(@PathVariable DepartmentId departmentId, @RequestBody DepartmentRevision request,
                                            @AuthenticationPrincipal KoersUser user, ChangeContext context) {
        commands.send(new ReviseDepartment(user.tenant(), departmentId, request.name(), request.groups()), context);
        return new CommandAccepted(departmentId.value(), context.correlationId());
    }

    @DeleteMapping("/api/tenant/departments/{departmentId}")
    @Operation(summary = "Remove a department (tenant admins); items keep their owner text, its scorers record no more")
    public CommandAccepted removeDepartment(@PathVariable DepartmentId departmentId, @AuthenticationPrincipal KoersUser user,
                                            ChangeContext context) {
        commands.send(new RemoveDepartment(user.tenant(), departmentId), context);
        return new CommandAccepted(departmentId.value(), context.correlationId());
    }
}
