package id.terbuka.complaint.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the complaint endpoints. */
public final class Forms {

    private Forms() {
    }

    /** API.md: {@code {title, description, category?, location?: {lat, lon, address}, anonymous, confidential, reporter?}}. */
    public record IntakeForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String description,
                             @Size(max = 64) String category, @Valid LocationForm location, Boolean anonymous,
                             Boolean confidential, @Valid ReporterForm reporter) {

        public boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        public boolean isConfidential() {
            return Boolean.TRUE.equals(confidential);
        }

        @Override
        public String toString() {
            return "IntakeForm[title=" + title + ", category=" + category + ", anonymous=" + anonymous + "]";
        }
    }

    public record LocationForm(@DecimalMin("-90") @DecimalMax("90") Double lat,
                               @DecimalMin("-180") @DecimalMax("180") Double lon,
                               @Size(max = 300) String address) {
    }

    public record ReporterForm(@Size(max = 120) String name, @Email @Size(max = 200) String email,
                               @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}") String phone) {
        @Override
        public String toString() {
            return "ReporterForm[***]";
        }
    }

    /** The coordinator's verification: {@code VERIFIED}, or {@code REJECTED} with a reason. */
    public record VerificationForm(@NotNull Outcome outcome, RejectionReason reason, @Size(max = 2000) String note) {
        public enum Outcome { VERIFIED, REJECTED }
    }

    public record DispatchForm(@NotBlank String unitId, @Size(max = 2000) String note) {
    }

    /** The liaison's follow-up: {@code IN_PROGRESS} (progress) or {@code RESPONDED} (the answer). */
    public record FollowUpForm(@NotNull ComplaintStatus status, @NotBlank @Size(max = 5000) String message) {
    }

    public record AcceptanceForm(String reporterCode, @NotNull @Min(1) @Max(5) Integer rating,
                                 @Size(max = 2000) String comment) {
    }

    public record ReopenForm(String reporterCode, @NotBlank @Size(max = 2000) String reason) {
    }

    /** What a reporter gets at filing: the public tracking id and the secret reporter code (shown once). */
    public record Receipt(String trackingId, ComplaintStatus status, String reporterCode, java.time.Instant receivedAt,
                          java.time.LocalDate verificationDueDate) {
    }
}
