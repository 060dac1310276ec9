package id.terbuka.identity.account;

import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;

/** Citizen sign-up (public), e-mail verification, and the citizen's own record. */
@RestController
@RequestMapping("/api/v1/{tenant}/citizens")
class CitizenController {

    /** A citizen's record; {@code nik} is in full only for the citizen and PPID roles, masked for others. */
    record CitizenView(String id, String tenant, String name, String email, String phone, boolean emailVerified,
                       String nik, Instant createdAt) {
    }

    record VerificationToken(@NotBlank String token) {
    }

    record Resend(@NotBlank @Email String email) {
    }

    private final CitizenService citizens;
    private final Access access;

    CitizenController(CitizenService citizens, Access access) {
        this.citizens = citizens;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<CitizenView> signUp(@PathVariable String tenant, @Valid @RequestBody CitizenService.SignUp signUp) {
        UserAccount citizen = citizens.register(tenant, signUp);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(citizen.id()).toUri()).body(view(citizen, true));
    }

    /** The link in the verification mail (GET) and the portal's form (POST) both land here. */
    @GetMapping("/email-verification")
    CitizenView verifyByLink(@PathVariable String tenant, @RequestParam String token) {
        return view(citizens.verifyEmail(tenant, token), false);
    }

    @PostMapping("/email-verification")
    CitizenView verify(@PathVariable String tenant, @Valid @RequestBody VerificationToken body) {
        return view(citizens.verifyEmail(tenant, body.token()), false);
    }

    /** Always 202, so the answer does not tell which addresses are registered. */
    @PostMapping("/email-verification/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resend(@PathVariable String tenant, @Valid @RequestBody Resend body) {
        citizens.resendVerification(tenant, body.email());
    }

    @GetMapping("/{id}")
    CitizenView get(@PathVariable String tenant, @PathVariable String id) {
        Caller caller = access.require(tenant, Role.CITIZEN, Role.PPID_UTAMA, Role.PPID_PELAKSANA,
                Role.ATASAN_PPID, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        boolean owner = id.equals(caller.subject());
        if (caller.has(Role.CITIZEN) && !owner && !caller.hasAny(Role.PPID_UTAMA, Role.PPID_PELAKSANA,
                Role.ATASAN_PPID, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN)) {
            throw ApiException.forbidden();
        }
        boolean fullNik = owner || caller.hasAny(Role.PPID_UTAMA, Role.PPID_PELAKSANA, Role.ATASAN_PPID);
        return view(citizens.get(tenant, id), fullNik);
    }

    private CitizenView view(UserAccount citizen, boolean fullNik) {
        String nik = citizens.nik(citizen).map(value -> fullNik ? value : Nik.mask(value)).orElse(null);
        return new CitizenView(citizen.id(), citizen.tenant(), citizen.displayName(), citizen.email(),
                citizen.phone(), citizen.emailVerified(), nik, citizen.createdAt());
    }
}
