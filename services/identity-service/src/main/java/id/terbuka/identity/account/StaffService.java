package id.terbuka.identity.account;

import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.identity.mail.AccountMails;
import id.terbuka.identity.unit.UnitLookup;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Staff accounts of a tenant, managed by its admins (and province admins). */
@Service
public class StaffService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ObjectProvider<UnitLookup> units;
    private final OneTimeTokens oneTimeTokens;
    private final AccountMails mails;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    StaffService(UserRepository users, PasswordEncoder passwords, ObjectProvider<UnitLookup> units,
                 OneTimeTokens oneTimeTokens, AccountMails mails, AuditLog audit, Texts texts, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.units = units;
        this.oneTimeTokens = oneTimeTokens;
        this.mails = mails;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    public UserAccount create(String tenant, StaffRequests.NewStaffUser request, Caller caller) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!username.matches("[a-z0-9]+([._-][a-z0-9]+)*@" + java.util.regex.Pattern.quote(tenant))) {
            problems.add(new FieldProblem("username", texts.get("user.username.format", tenant)));
        }
        if (request.password() != null) {
            PasswordPolicy.violation(request.password(), username)
                    .ifPresent(key -> problems.add(new FieldProblem("password", texts.get(key))));
        }
        Set<Role> roles = EnumSet.copyOf(request.roles());
        String unitId = blankToNull(request.unitId());
        problems.addAll(roleProblems(tenant, roles, unitId));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        checkGrantable(roles, caller);
        if (users.existsByUsername(username)) {
            throw ApiException.conflict("username-taken", username);
        }
        String hash = request.password() == null ? null : passwords.encode(request.password());
        UserAccount user = UserAccount.staff(tenant, username, request.displayName().strip(), request.email().strip(),
                hash, roles, unitId, clock.instant());
        try {
            user = users.save(user);
        } catch (DuplicateKeyException createdConcurrently) {
            throw ApiException.conflict("username-taken", username);
        }
        audit.record(tenant, caller.subject(), AuditAction.USER_CREATED, username, "roles=" + user.roleNames()
                + (unitId == null ? "" : " unit=" + unitId));
        if (hash == null) {
            // No password given: the person sets their own through the reset mail.
            String token = oneTimeTokens.issue(user.id(), OneTimeTokens.Purpose.RESET_PASSWORD);
            mails.resetPassword(user.email(), user.displayName(), token, true);
        }
        return user;
    }

    public Page<UserAccount> list(String tenant, int page, int size) {
        return users.findByTenantAndKind(tenant, AccountKind.STAFF,
                PageRequest.of(page, size, Sort.by("username")));
    }

    public UserAccount get(String tenant, String id) {
        return users.findByIdAndTenant(id, tenant).filter(user -> user.kind() == AccountKind.STAFF)
                .orElseThrow(() -> ApiException.notFound("User", id));
    }

    public UserAccount changeRoles(String tenant, String id, StaffRequests.RoleChange change, Caller caller) {
        UserAccount user = get(tenant, id);
        checkMayManage(user, caller);
        Set<Role> roles = EnumSet.copyOf(change.roles());
        String unitId = blankToNull(change.unitId());
        List<FieldProblem> problems = roleProblems(tenant, roles, unitId);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        checkGrantable(roles, caller);
        if (user.changeRoles(roles, unitId, clock.instant())) {
            user = users.save(user);
            audit.record(tenant, caller.subject(), AuditAction.USER_ROLES_CHANGED, user.username(),
                    "roles=" + user.roleNames() + (unitId == null ? "" : " unit=" + unitId));
        }
        return user;
    }

    public UserAccount deactivate(String tenant, String id, Caller caller) {
        UserAccount user = get(tenant, id);
        checkMayManage(user, caller);
        if (user.id().equals(caller.subject())) {
            throw ApiException.unprocessable("self-deactivation");
        }
        if (user.deactivate(clock.instant())) {
            user = users.save(user);
            audit.record(tenant, caller.subject(), AuditAction.USER_DEACTIVATED, user.username(), null);
        }
        return user;
    }

    /**
     * Creates a province admin with the given password unless the username exists (demo bootstrap, tests).
     * Returns the account either way.
     */
    public UserAccount ensureProvinceAdmin(String tenant, String username, String password) {
        return users.findByUsername(username).orElseGet(() -> {
            UserAccount admin = UserAccount.staff(tenant, username, "Admin Provinsi", username.replace('@', '.')
                    + "@terbuka.invalid", passwords.encode(password), Set.of(Role.PROVINCE_ADMIN), null,
                    clock.instant());
            try {
                return users.save(admin);
            } catch (DuplicateKeyException createdConcurrently) {
                return users.findByUsername(username).orElseThrow();
            }
        });
    }

    private List<FieldProblem> roleProblems(String tenant, Set<Role> roles, String unitId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (roles.contains(Role.CITIZEN)) {
            problems.add(new FieldProblem("roles", texts.get("user.roles.citizen")));
        }
        boolean unitBound = roles.stream().anyMatch(Role::unitBound);
        if (unitBound && unitId == null) {
            problems.add(new FieldProblem("unitId", texts.get("user.unit.required")));
        } else if (!unitBound && unitId != null) {
            problems.add(new FieldProblem("unitId", texts.get("user.unit.notAllowed")));
        } else if (unitId != null && !unitActive(tenant, unitId)) {
            problems.add(new FieldProblem("unitId", texts.get("user.unit.unknown", unitId)));
        }
        return problems;
    }

    private boolean unitActive(String tenant, String unitId) {
        UnitLookup lookup = units.getIfAvailable();
        if (lookup == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "units-unavailable");
        }
        return lookup.isActiveUnit(tenant, unitId);
    }

    /** Only a province admin makes (or keeps) someone a province admin. */
    private static void checkGrantable(Set<Role> roles, Caller caller) {
        if (roles.contains(Role.PROVINCE_ADMIN) && !caller.isProvinceAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "role-not-grantable", Role.PROVINCE_ADMIN.name());
        }
    }

    private static void checkMayManage(UserAccount user, Caller caller) {
        if (user.roles().contains(Role.PROVINCE_ADMIN) && !caller.isProvinceAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "role-not-grantable", Role.PROVINCE_ADMIN.name());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
