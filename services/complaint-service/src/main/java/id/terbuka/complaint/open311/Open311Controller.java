package id.terbuka.complaint.open311;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.category.Categories;
import id.terbuka.complaint.category.Category;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.complaint.complaint.ComplaintStatus;
import id.terbuka.complaint.complaint.ComplaintViews;
import id.terbuka.complaint.complaint.Forms;
import id.terbuka.complaint.complaint.HistoryEntry;
import id.terbuka.complaint.complaint.IntakeLimiter;
import id.terbuka.complaint.complaint.Location;
import id.terbuka.complaint.complaint.Redaction;
import id.terbuka.complaint.complaint.ReplyContacts;
import id.terbuka.complaint.complaint.Reporter;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) so existing Open311 apps work unchanged:
 * {@code jurisdiction_id} is the tenant slug, a service is a complaint category, a service request is a complaint
 * (its {@code service_request_id} the tracking id). JSON and XML by the path's extension. Lists show only
 * non-confidential complaints; a confidential one read by id shows its status and nothing of its content.
 * Posting needs an {@code api_key}: the client id of an identity-service API client of the tenant with the
 * {@code complaints:write} scope ({@link Open311Clients}), or a key from configuration
 * ({@code terbuka.complaint.open311}). Errors come in the spec's format ({@link Open311Errors}).
 */
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    private static final int MAX_RESULTS = 200;

    private final ComplaintService service;
    private final ComplaintViews views;
    private final Categories categories;
    private final LocalTenantDirectory tenants;
    private final IntakeLimiter limiter;
    private final ReplyContacts replyContacts;
    private final FieldCipher box;
    private final ComplaintSettings settings;
    private final MessageSource messages;
    private final Open311Clients clients;

    Open311Controller(ComplaintService service, ComplaintViews views, Categories categories,
                      LocalTenantDirectory tenants, IntakeLimiter limiter, ReplyContacts replyContacts,
                      FieldCipher box, ComplaintSettings settings, MessageSource messages,
                      Open311Clients clients) {
        this.clients = clients;
        this.service = service;
        this.views = views;
        this.categories = categories;
        this.tenants = tenants;
        this.limiter = limiter;
        this.replyContacts = replyContacts;
        this.box = box;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<Object> services(@PathVariable String format,
                                    @RequestParam("jurisdiction_id") String jurisdiction,
                                    HttpServletRequest request) {
        Format out = Format.of(format, request);
        List<Map<String, Object>> services = categories.forTenant(known(jurisdiction)).stream()
                .map(c -> Xml.fields("service_code", c.code(), "service_name", c.name(), "description",
                        c.description(), "metadata", false, "type", "realtime", "keywords", null, "group", c.group()))
                .toList();
        return out.respond(HttpStatus.OK, "services", "service", services);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<Object> requests(@PathVariable String format,
                                    @RequestParam("jurisdiction_id") String jurisdiction,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String serviceCode,
                                    @RequestParam(name = "start_date", required = false) String startDate,
                                    @RequestParam(name = "end_date", required = false) String endDate,
                                    @RequestParam(name = "status", required = false) String status,
                                    HttpServletRequest request) {
        Format out = Format.of(format, request);
        String tenant = known(jurisdiction);
        List<String> trackingIds = ids == null ? null
                : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Instant from = instant("start_date", startDate);
        Instant to = instant("end_date", endDate);
        if (trackingIds == null && from == null && to == null) {
            // the spec's default window: the last 90 days
            from = service.now().minus(java.time.Duration.ofDays(90));
        }
        List<ComplaintStatus> statuses = null;
        if (status != null) {
            statuses = new ArrayList<>();
            for (String s : status.split(",")) {
                switch (s.strip()) {
                    case "open" -> Arrays.stream(ComplaintStatus.values())
                            .filter(st -> st.open311().equals("open")).forEach(statuses::add);
                    case "closed" -> statuses.addAll(List.of(ComplaintStatus.CLOSED, ComplaintStatus.REJECTED));
                    default -> throw ApiException.invalid(List.of(new FieldProblem("status",
                            text("validation.enum", "open, closed"))));
                }
            }
        }
        WorkingDayCalendar calendar = service.calendar(tenant);
        List<Map<String, Object>> records = service.publicList(tenant, trackingIds, blank(serviceCode), from, to,
                statuses, MAX_RESULTS).stream().map(c -> record(c, calendar)).toList();
        return out.respond(HttpStatus.OK, "service_requests", "request", records);
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<Object> request(@PathVariable String id, @PathVariable String format,
                                   @RequestParam("jurisdiction_id") String jurisdiction, HttpServletRequest request) {
        Format out = Format.of(format, request);
        String tenant = known(jurisdiction);
        Complaint complaint = service.get(tenant, id);
        return out.respond(HttpStatus.OK, "service_requests", "request",
                List.of(record(complaint, service.calendar(tenant))));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<Object> create(@PathVariable String format,
                                  @RequestParam(name = "api_key", required = false) String apiKey,
                                  @RequestParam("jurisdiction_id") String jurisdiction,
                                  @RequestParam(name = "service_code", required = false) String serviceCode,
                                  @RequestParam(name = "lat", required = false) Double lat,
                                  @RequestParam(name = "long", required = false) Double lon,
                                  @RequestParam(name = "address_string", required = false) String address,
                                  @RequestParam(name = "address_id", required = false) String addressId,
                                  @RequestParam(name = "email", required = false) String email,
                                  @RequestParam(name = "first_name", required = false) String firstName,
                                  @RequestParam(name = "last_name", required = false) String lastName,
                                  @RequestParam(name = "phone", required = false) String phone,
                                  @RequestParam(name = "description", required = false) String description,
                                  HttpServletRequest request) {
        Format out = Format.of(format, request);
        String tenant = known(jurisdiction);
        if (blank(apiKey) == null) {
            throw ApiException.invalid(List.of(new FieldProblem("api_key", text("validation.required"))));
        }
        if (!registered(apiKey, tenant)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "invalid-api-key");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Category category = null;
        if (blank(serviceCode) == null) {
            problems.add(new FieldProblem("service_code", text("validation.required")));
        } else {
            category = categories.find(tenant, serviceCode.strip()).orElse(null);
            if (category == null) {
                problems.add(new FieldProblem("service_code", text("complaint.category.unknown", serviceCode)));
            }
        }
        if ((lat == null || lon == null) && blank(address) == null && blank(addressId) == null) {
            problems.add(new FieldProblem("lat", text("complaint.open311.location")));
        }
        if (lat != null && (lat < -90 || lat > 90)) {
            problems.add(new FieldProblem("lat", text("complaint.open311.coordinates")));
        }
        if (lon != null && (lon < -180 || lon > 180)) {
            problems.add(new FieldProblem("long", text("complaint.open311.coordinates")));
        }
        if (description != null && description.length() > 4000) {
            problems.add(new FieldProblem("description", text("complaint.open311.description")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String contact = blank(email) != null ? blank(email) : blank(phone);
        limiter.count(tenant, null, contact);

        String name = blank(String.join(" ", firstName == null ? "" : firstName, lastName == null ? "" : lastName));
        boolean anonymous = name == null || contact == null;
        String complaintId = UUID.randomUUID().toString();
        Reporter reporter = anonymous ? null : new Reporter(box.seal(name, ComplaintService.aad(complaintId, "name")),
                box.seal(blank(email), ComplaintService.aad(complaintId, "email")), box.seal(blank(phone), ComplaintService.aad(complaintId, "phone")));
        String place = blank(address) != null ? blank(address) : blank(addressId);
        String title = place == null ? category.name() : category.name() + " — " + place;
        String text = blank(description) != null ? blank(description) : category.name();
        Forms.Receipt receipt = service.receive(new ComplaintService.Intake(complaintId, tenant, Channel.OPEN311,
                "open311:" + complaintId, null, title.length() > 200 ? title.substring(0, 200) : title, text,
                category.code(), new Location(lat, lon, place), anonymous, false, reporter)).orElseThrow();
        if (anonymous) {
            replyContacts.keep(complaintId, tenant, blank(email) != null ? "EMAIL" : "PHONE", contact);
        }
        return out.respond(HttpStatus.CREATED, "service_requests", "request", List.of(Xml.fields(
                "service_request_id", receipt.trackingId(), "service_notice", text("complaint.open311.notice"),
                "account_id", null, "reporter_code", receipt.reporterCode())));
    }

    /** One complaint as a GeoReport service request; a confidential one without its content. */
    private Map<String, Object> record(Complaint c, WorkingDayCalendar calendar) {
        ZoneId zone = calendar.settings().timeZone().zoneId();
        boolean open = c.publicContent();
        Category category = categories.find(c.tenant(), c.category()).orElse(null);
        List<HistoryEntry> history = c.history();
        Instant updated = history.isEmpty() ? c.receivedAt() : history.getLast().at();
        LocalDate expected = c.dueDate();
        Location location = open ? c.location() : null;
        return Xml.fields(
                "service_request_id", c.trackingId(),
                "status", c.status().open311(),
                "status_notes", views.label("status", c.status()),
                "service_name", category == null ? null : category.name(),
                "service_code", c.category(),
                "description", open ? Redaction.redact(c.description(), null) : null,
                "agency_responsible", c.unitId() == null ? null : views.unitName(c.unitId()),
                "service_notice", null,
                "requested_datetime", datetime(c.receivedAt(), zone),
                "updated_datetime", datetime(updated, zone),
                "expected_datetime", expected == null ? null
                        : expected.atTime(23, 59, 59).atZone(zone).toOffsetDateTime().toString(),
                "address", location == null ? null : location.address(),
                "address_id", null,
                "zipcode", null,
                "lat", location == null ? null : location.lat(),
                "long", location == null ? null : location.lon(),
                "media_url", null);
    }

    private boolean registered(String apiKey, String tenant) {
        byte[] presented = apiKey.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (ComplaintSettings.ApiClient client : settings.open311().apiClients()) {
            if (client.apiKey() == null || client.apiKey().isBlank()) {
                continue;
            }
            // every key is compared (constant time each), so timing does not tell which client matched
            boolean same = MessageDigest.isEqual(presented, client.apiKey().getBytes(StandardCharsets.UTF_8));
            found |= same && (client.tenants().isEmpty() || client.tenants().contains(tenant));
        }
        // clients registered in identity-service (complaints:write), by client id
        return found || clients.mayPost(apiKey, tenant);
    }

    private String known(String jurisdiction) {
        if (!tenants.exists(jurisdiction)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "jurisdiction-not-found", jurisdiction);
        }
        return jurisdiction;
    }

    private Instant instant(String field, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw ApiException.invalid(List.of(new FieldProblem(field, text("complaint.open311.datetime"))));
            }
        }
    }

    private static String datetime(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private enum Format {
        JSON, XML;

        static Format of(String extension, HttpServletRequest request) {
            return switch (extension) {
                case "json" -> JSON;
                case "xml" -> XML;
                default -> throw new ApiException(HttpStatus.NOT_FOUND, "no-such-resource",
                        request.getRequestURI());
            };
        }

        ResponseEntity<Object> respond(HttpStatus status, String root, String item,
                                       List<Map<String, Object>> records) {
            if (this == XML) {
                return ResponseEntity.status(status).contentType(new MediaType(MediaType.APPLICATION_XML,
                        StandardCharsets.UTF_8)).body(Xml.document(root, item, records));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(records);
        }
    }
}
