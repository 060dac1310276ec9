package id.terbuka.identity.account;

import id.terbuka.events.contracts.identity.UserCreated;
import id.terbuka.events.contracts.identity.UserDeactivated;
import id.terbuka.events.contracts.identity.UserRolesChanged;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in: staff of one tenant or a citizen. Usernames are unique in the whole installation
 * (staff: {@code ppid-utama@kutai-timur}, citizens: their e-mail address), so a login needs no tenant. Roles and
 * unit are read when a token is issued, so a change takes effect with the user's next token.
 */
@Document("users")
public class UserAccount extends AggregateRoot {

    @Id
    private final String id;
    @Indexed
    private final String tenant;
    @Indexed(unique = true)
    private final String username;
    private String displayName;
    @Indexed
    private final String email;
    private final AccountKind kind;
    private String passwordHash;
    private Set<Role> roles;
    private String unitId;
    private boolean active;
    private boolean emailVerified;
    private final String phone;
    /** AES-GCM sealed NIK (see NikVault); null when the citizen gave none. */
    private final String sealedNik;
    private long revision;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    UserAccount(String id, String tenant, String username, String displayName, String email, AccountKind kind,
                String passwordHash, Set<Role> roles, String unitId, boolean active, boolean emailVerified,
                String phone, String sealedNik, long revision, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.tenant = tenant;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.kind = kind;
        this.passwordHash = passwordHash;
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.unitId = unitId;
        this.active = active;
        this.emailVerified = emailVerified;
        this.phone = phone;
        this.sealedNik = sealedNik;
        this.revision = revision;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static UserAccount staff(String tenant, String username, String displayName, String email, String passwordHash,
                             Set<Role> roles, String unitId, Instant now) {
        UserAccount user = new UserAccount(UUID.randomUUID().toString(), tenant, username, displayName, email,
                AccountKind.STAFF, passwordHash, roles, unitId, true, false, null, null, 0, now, now);
        user.recordCreated(now);
        return user;
    }

    /** A citizen starts unverified: they sign in only after confirming their e-mail address. */
    static UserAccount citizen(String tenant, String email, String name, String passwordHash, String phone,
                               String sealedNik, Instant now) {
        UserAccount user = new UserAccount(UUID.randomUUID().toString(), tenant, email, name, email,
                AccountKind.CITIZEN, passwordHash, Set.of(Role.CITIZEN), null, true, false, phone, sealedNik, 0,
                now, now);
        user.recordCreated(now);
        return user;
    }

    private void recordCreated(Instant now) {
        recordEvent(UserCreated.TYPE, tenant, new UserCreated(id, tenant, username, displayName, kind.name(),
                roleNames(), unitId), now);
    }

    /** Returns false (and records nothing) when roles and unit stay as they are. */
    boolean changeRoles(Set<Role> newRoles, String newUnitId, Instant now) {
        if (roles.equals(newRoles) && Objects.equals(unitId, newUnitId)) {
            return false;
        }
        roles = EnumSet.copyOf(newRoles);
        unitId = newUnitId;
        revision++;
        updatedAt = now;
        recordEvent(UserRolesChanged.TYPE, tenant, new UserRolesChanged(id, tenant, roleNames(), unitId, revision),
                now);
        return true;
    }

    boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        revision++;
        updatedAt = now;
        recordEvent(UserDeactivated.TYPE, tenant, new UserDeactivated(id, tenant, revision), now);
        return true;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        updatedAt = now;
    }

    void verifyEmail(Instant now) {
        emailVerified = true;
        updatedAt = now;
    }

    /** Active, and for citizens with a confirmed e-mail address. */
    public boolean maySignIn() {
        return active && (kind == AccountKind.STAFF || emailVerified);
    }

    public List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public AccountKind kind() {
        return kind;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public String unitId() {
        return unitId;
    }

    public boolean active() {
        return active;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public String phone() {
        return phone;
    }

    public String sealedNik() {
        return sealedNik;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
