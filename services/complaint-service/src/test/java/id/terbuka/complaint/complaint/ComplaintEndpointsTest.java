package id.terbuka.complaint.complaint;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.attachment.AttachmentController;
import id.terbuka.complaint.attachment.Attachments;
import id.terbuka.complaint.category.Categories;
import id.terbuka.complaint.category.Category;
import id.terbuka.complaint.channel.ChannelIntake;
import id.terbuka.complaint.channel.InboundDeliveries;
import id.terbuka.complaint.channel.InboundProcessor;
import id.terbuka.complaint.channel.WebhookTimer;
import id.terbuka.complaint.channel.TelegramWebhook;
import id.terbuka.complaint.channel.WhatsAppWebhook;
import id.terbuka.complaint.duplicate.DuplicateController;
import id.terbuka.complaint.duplicate.DuplicateFinder;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.complaint.lapor.LaporConnector;
import id.terbuka.complaint.lapor.LaporController;
import id.terbuka.complaint.lapor.LaporForwarding;
import id.terbuka.complaint.open311.Open311Clients;
import id.terbuka.complaint.statistics.ComplaintStatistics;
import id.terbuka.complaint.statistics.StatisticsController;
import id.terbuka.complaint.open311.Open311Controller;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import id.terbuka.testsupport.TestCaller;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call which complaint endpoint: the role × tenant matrix over the web API, Open311 and the webhooks, with
 * the platform's real security and problem handling and stand-ins for the services. The complaint under test
 * belongs to kutai-timur and is dispatched to unit {@code unit-a}.
 */
@WebMvcTest(controllers = {ComplaintController.class, Open311Controller.class, WhatsAppWebhook.class,
        TelegramWebhook.class, DuplicateController.class, AttachmentController.class, StatisticsController.class,
        LaporController.class})
@Import(ComplaintEndpointsTest.Config.class)
class ComplaintEndpointsTest {

    static final String TENANT = "kutai-timur";
    static final String OTHER = "samarinda";
    static final String ID = "ADU-7QK2M9XDR4";
    static final String CODE = "7QK2-M9XD-R4TB-HV3N";
    static final String BASE = "/api/v1/" + TENANT + "/complaints";
    static final String ONE = BASE + "/" + ID;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ComplaintService service;
    @MockitoBean
    ComplaintViews views;
    @MockitoBean
    IntakeLimiter limiter;
    @MockitoBean
    Categories categories;
    @MockitoBean
    LocalTenantDirectory tenants;
    @MockitoBean
    ReplyContacts replyContacts;
    @MockitoBean
    ChannelIntake channelIntake;
    @MockitoBean
    InboundDeliveries inboundDeliveries;
    @MockitoBean
    InboundProcessor inboundProcessor;
    @MockitoBean
    DuplicateFinder duplicateFinder;
    @MockitoBean
    Attachments attachments;
    @MockitoBean
    Open311Clients open311Clients;
    @MockitoBean
    ComplaintStatistics statistics;
    @MockitoBean
    LaporConnector laporConnector;

    @TestConfiguration
    static class Config {
        @Bean
        ComplaintSettings complaintSettings() {
            return new ComplaintSettings("dGVyYnVrYS1kZXYtY29tcGxhaW50LWtleS1OT1RTRUM=", null,
                    new ComplaintSettings.IntakeLimit(5, Duration.ofHours(1), false), Map.of(),
                    new ComplaintSettings.Open311(List.of(new ComplaintSettings.ApiClient("app", "good-key",
                            List.of()))),
                    Map.of(TENANT, new ComplaintSettings.WhatsApp("wa-secret", "wa-verify")),
                    Map.of(TENANT, new ComplaintSettings.Telegram("tg-secret")));
        }

        @Bean
        WebhookTimer webhookTimer() {
            return new WebhookTimer(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        }

        @Bean
        FieldCipher contactBox(ComplaintSettings settings) {
            return new FieldCipher(settings.encryptionKey(), "terbuka.complaint.encryption-key");
        }
    }

    @BeforeEach
    void stubs() {
        when(tenants.exists(anyString())).thenAnswer(i -> List.of(TENANT, OTHER).contains(i.<String>getArgument(0)));
        Complaint complaint = ComplaintTest.received(ComplaintTest.MONDAY);
        complaint.verify("c", WorkingDayCalendar.defaults(), ComplaintTest.MONDAY);
        complaint.dispatch("unit-a", null, "c", 5, WorkingDayCalendar.defaults(), ComplaintTest.MONDAY);
        when(service.get(TENANT, ID)).thenReturn(complaint);
        when(service.forReporter(eq(TENANT), eq(ID), eq(CODE), any())).thenReturn(complaint);
        when(service.forReporter(eq(TENANT), eq(ID), isNull(), any()))
                .thenThrow(ApiException.notFound("Pengaduan", ID));
        when(service.calendar(anyString())).thenReturn(WorkingDayCalendar.defaults());
        when(service.now()).thenReturn(Instant.parse("2026-03-04T03:00:00Z"));
        Forms.Receipt receipt = new Forms.Receipt(ID, ComplaintStatus.RECEIVED, CODE, Instant.now(),
                LocalDate.of(2026, 3, 5));
        when(service.file(eq(TENANT), any(), any())).thenReturn(receipt);
        when(service.receive(any())).thenReturn(Optional.of(receipt));
        when(service.workList(eq(TENANT), any(), any(), any(), eq(0), eq(20))).thenReturn(
                new ComplaintService.WorkList(Page.empty(PageRequest.of(0, 20)), WorkingDayCalendar.defaults(),
                        Instant.now()));
        when(service.verify(any(), any(), any())).thenReturn(complaint);
        when(service.dispatch(any(), any(), any())).thenReturn(complaint);
        when(service.followUp(any(), any(), any())).thenReturn(complaint);
        when(service.accept(any(), any())).thenReturn(complaint);
        when(service.reopen(any(), any())).thenReturn(complaint);
        when(service.merge(any(), any(), any())).thenReturn(complaint);
        Attachment photo = new Attachment("665f1c2e9b1d4a0012345678", "foto.jpg", "image/jpeg", 3, "x",
                Instant.now(), "REPORTER", true);
        when(attachments.add(any(), any(), any(), any())).thenReturn(photo);
        when(attachments.read(any(), anyString())).thenReturn(new Attachments.Content(photo, new byte[]{1, 2, 3}));
        LaporForwarding forwarding = new LaporForwarding("c", TENANT, ID, LaporForwarding.State.PENDING, 0,
                Instant.now(), "c", Instant.now(), null, null, null, null, null, null);
        when(laporConnector.configured(TENANT)).thenReturn(true);
        when(laporConnector.request(any(), any())).thenReturn(forwarding);
        when(laporConnector.find(any())).thenReturn(forwarding);
        when(service.publicList(anyString(), any(), any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(List.of());
        Category sampah = new Category("sampah", "Sampah", "x", "Lingkungan", "DLH", null);
        when(categories.forTenant(TENANT)).thenReturn(List.of(sampah));
        when(categories.find(TENANT, "sampah")).thenReturn(Optional.of(sampah));
    }

    enum Endpoint {
        FILE, WORK_LIST, WORK_LIST_OF_UNIT_A, TRACK, VERIFY, DISPATCH, FOLLOW_UP, ACCEPT, REOPEN,
        OPEN311_SERVICES, OPEN311_REQUESTS, OPEN311_POST_WITHOUT_KEY, OPEN311_POST, WHATSAPP_UNSIGNED,
        TELEGRAM_WITHOUT_SECRET, OPEN311_POST_WRONG_KEY, DUPLICATES, MERGE, ATTACH, ATTACH_WITH_CODE, READ_ATTACHMENT,
        READ_ATTACHMENT_WITH_CODE, STATISTICS, LAPOR_FORWARD, LAPOR_STATUS;

        AbstractMockHttpServletRequestBuilder<?> request() {
            return switch (this) {
                case FILE -> json(BASE, "{\"title\":\"t\",\"description\":\"d\",\"anonymous\":true}");
                case WORK_LIST -> get(BASE);
                case WORK_LIST_OF_UNIT_A -> get(BASE).param("unit", "unit-a");
                case TRACK -> get(ONE);
                case VERIFY -> json(ONE + "/verification", "{\"outcome\":\"VERIFIED\"}");
                case DISPATCH -> json(ONE + "/dispatch", "{\"unitId\":\"unit-b\"}");
                case FOLLOW_UP -> json(ONE + "/follow-ups", "{\"status\":\"RESPONDED\",\"message\":\"m\"}");
                case ACCEPT -> json(ONE + "/acceptance", "{\"rating\":5}");
                case REOPEN -> json(ONE + "/reopening", "{\"reason\":\"r\"}");
                case OPEN311_SERVICES -> get("/open311/v2/services.json").param("jurisdiction_id", TENANT);
                case OPEN311_REQUESTS -> get("/open311/v2/requests.xml").param("jurisdiction_id", TENANT);
                case OPEN311_POST_WITHOUT_KEY -> post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("jurisdiction_id=" + TENANT + "&service_code=sampah&address_string=Pasar");
                case OPEN311_POST -> post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("api_key=good-key&jurisdiction_id=" + TENANT + "&service_code=sampah&lat=1&long=2");
                case OPEN311_POST_WRONG_KEY -> post("/open311/v2/requests.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("api_key=bad-key&jurisdiction_id=" + TENANT + "&service_code=sampah&lat=1&long=2");
                case WHATSAPP_UNSIGNED -> json("/channels/whatsapp/" + TENANT, "{\"entry\":[]}");
                case TELEGRAM_WITHOUT_SECRET -> json("/channels/telegram/" + TENANT, "{\"update_id\":1}");
                case DUPLICATES -> get(ONE + "/duplicates");
                case MERGE -> json(ONE + "/merge", "{\"intoTrackingId\":\"ADU-0000000000\"}");
                case ATTACH -> multipart(ONE + "/attachments").file(new MockMultipartFile("file", "foto.jpg",
                        "image/jpeg", new byte[]{1, 2, 3}));
                case ATTACH_WITH_CODE -> multipart(ONE + "/attachments").file(new MockMultipartFile("file",
                        "foto.jpg", "image/jpeg", new byte[]{1, 2, 3})).param("reporterCode", CODE);
                case STATISTICS -> get(BASE + "/statistics");
                case LAPOR_FORWARD -> post(ONE + "/lapor");
                case LAPOR_STATUS -> get(ONE + "/lapor");
                case READ_ATTACHMENT -> get(ONE + "/attachments/665f1c2e9b1d4a0012345678");
                case READ_ATTACHMENT_WITH_CODE -> get(ONE + "/attachments/665f1c2e9b1d4a0012345678")
                        .param("reporterCode", CODE);
            };
        }

        private static MockHttpServletRequestBuilder json(String path, String body) {
            return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        }
    }

    static final TestCaller ANONYMOUS = TestCaller.ANONYMOUS;
    static final TestCaller CITIZEN = TestCaller.of(TENANT, "CITIZEN");
    static final TestCaller COORDINATOR = TestCaller.of(TENANT, "COMPLAINT_COORDINATOR");
    static final TestCaller OWN_LIAISON = TestCaller.of(TENANT, "COMPLAINT_LIAISON", "unit-a");
    static final TestCaller OTHER_LIAISON = TestCaller.of(TENANT, "COMPLAINT_LIAISON", "unit-z");
    static final TestCaller UNITLESS_LIAISON = TestCaller.of(TENANT, "COMPLAINT_LIAISON", null);
    static final TestCaller EDITOR = TestCaller.of(TENANT, "EDITOR");
    static final TestCaller TENANT_ADMIN = TestCaller.of(TENANT, "TENANT_ADMIN");
    static final TestCaller PROVINCE_ADMIN = TestCaller.of("kaltim", "PROVINCE_ADMIN");
    static final TestCaller FOREIGN_COORDINATOR = TestCaller.of(OTHER, "COMPLAINT_COORDINATOR");
    static final TestCaller FOREIGN_LIAISON = TestCaller.of(OTHER, "COMPLAINT_LIAISON", "unit-a");
    static final TestCaller FOREIGN_CITIZEN = TestCaller.of(OTHER, "CITIZEN");

    static Stream<Arguments> matrix() {
        return Stream.of(
                row(Endpoint.FILE, ANONYMOUS, 201, null), row(Endpoint.FILE, CITIZEN, 201, null),
                row(Endpoint.FILE, COORDINATOR, 403, "forbidden"), row(Endpoint.FILE, EDITOR, 403, "forbidden"),
                row(Endpoint.FILE, FOREIGN_CITIZEN, 403, "forbidden-tenant"),

                row(Endpoint.WORK_LIST, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.WORK_LIST, CITIZEN, 403, "forbidden"), row(Endpoint.WORK_LIST, EDITOR, 403, "forbidden"),
                row(Endpoint.WORK_LIST, TENANT_ADMIN, 403, "forbidden"),
                row(Endpoint.WORK_LIST, PROVINCE_ADMIN, 403, "forbidden"),
                row(Endpoint.WORK_LIST, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.WORK_LIST, FOREIGN_LIAISON, 403, "forbidden-tenant"),
                row(Endpoint.WORK_LIST, UNITLESS_LIAISON, 403, "forbidden-unit"),
                row(Endpoint.WORK_LIST, COORDINATOR, 200, null), row(Endpoint.WORK_LIST, OWN_LIAISON, 200, null),
                row(Endpoint.WORK_LIST, OTHER_LIAISON, 200, null),
                row(Endpoint.WORK_LIST_OF_UNIT_A, OTHER_LIAISON, 403, "forbidden-unit"),
                row(Endpoint.WORK_LIST_OF_UNIT_A, OWN_LIAISON, 200, null),
                row(Endpoint.WORK_LIST_OF_UNIT_A, COORDINATOR, 200, null),

                // the public page is public; staff get the full view, but only for their tenant and unit
                row(Endpoint.TRACK, ANONYMOUS, 200, null), row(Endpoint.TRACK, CITIZEN, 200, null),
                row(Endpoint.TRACK, EDITOR, 200, null), row(Endpoint.TRACK, COORDINATOR, 200, null),
                row(Endpoint.TRACK, OWN_LIAISON, 200, null),
                row(Endpoint.TRACK, OTHER_LIAISON, 403, "forbidden-unit"),
                row(Endpoint.TRACK, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),

                row(Endpoint.VERIFY, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.VERIFY, CITIZEN, 403, "forbidden"), row(Endpoint.VERIFY, OWN_LIAISON, 403, "forbidden"),
                row(Endpoint.VERIFY, TENANT_ADMIN, 403, "forbidden"),
                row(Endpoint.VERIFY, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.VERIFY, COORDINATOR, 200, null),

                row(Endpoint.DISPATCH, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.DISPATCH, OWN_LIAISON, 403, "forbidden"),
                row(Endpoint.DISPATCH, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.DISPATCH, COORDINATOR, 200, null),

                row(Endpoint.FOLLOW_UP, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.FOLLOW_UP, CITIZEN, 403, "forbidden"),
                row(Endpoint.FOLLOW_UP, COORDINATOR, 403, "forbidden"),
                row(Endpoint.FOLLOW_UP, OTHER_LIAISON, 403, "forbidden-unit"),
                row(Endpoint.FOLLOW_UP, FOREIGN_LIAISON, 403, "forbidden-tenant"),
                row(Endpoint.FOLLOW_UP, OWN_LIAISON, 201, null),

                // duplicates are the coordinator's: suggestions and merge
                row(Endpoint.DUPLICATES, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.DUPLICATES, CITIZEN, 403, "forbidden"),
                row(Endpoint.DUPLICATES, OWN_LIAISON, 403, "forbidden"),
                row(Endpoint.DUPLICATES, TENANT_ADMIN, 403, "forbidden"),
                row(Endpoint.DUPLICATES, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.DUPLICATES, COORDINATOR, 200, null),
                row(Endpoint.MERGE, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.MERGE, CITIZEN, 403, "forbidden"),
                row(Endpoint.MERGE, OWN_LIAISON, 403, "forbidden"),
                row(Endpoint.MERGE, EDITOR, 403, "forbidden"),
                row(Endpoint.MERGE, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.MERGE, COORDINATOR, 200, null),

                // attachments: the reporter (code), the coordinator and the unit's liaison; never the public
                row(Endpoint.ATTACH, ANONYMOUS, 404, "not-found"), row(Endpoint.ATTACH, EDITOR, 404, "not-found"),
                row(Endpoint.ATTACH_WITH_CODE, ANONYMOUS, 201, null),
                row(Endpoint.ATTACH, COORDINATOR, 201, null), row(Endpoint.ATTACH, OWN_LIAISON, 201, null),
                row(Endpoint.ATTACH, OTHER_LIAISON, 403, "forbidden-unit"),
                row(Endpoint.ATTACH, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.READ_ATTACHMENT, ANONYMOUS, 404, "not-found"),
                row(Endpoint.READ_ATTACHMENT, CITIZEN, 404, "not-found"),
                row(Endpoint.READ_ATTACHMENT_WITH_CODE, ANONYMOUS, 200, null),
                row(Endpoint.READ_ATTACHMENT, COORDINATOR, 200, null),
                row(Endpoint.READ_ATTACHMENT, OWN_LIAISON, 200, null),
                row(Endpoint.READ_ATTACHMENT, OTHER_LIAISON, 403, "forbidden-unit"),
                row(Endpoint.READ_ATTACHMENT, FOREIGN_LIAISON, 403, "forbidden-tenant"),

                // SP4N-LAPOR! forwarding is the coordinator's
                row(Endpoint.LAPOR_FORWARD, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.LAPOR_FORWARD, OWN_LIAISON, 403, "forbidden"),
                row(Endpoint.LAPOR_FORWARD, CITIZEN, 403, "forbidden"),
                row(Endpoint.LAPOR_FORWARD, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.LAPOR_FORWARD, COORDINATOR, 202, null),
                row(Endpoint.LAPOR_STATUS, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.LAPOR_STATUS, OWN_LIAISON, 403, "forbidden"),
                row(Endpoint.LAPOR_STATUS, FOREIGN_COORDINATOR, 403, "forbidden-tenant"),
                row(Endpoint.LAPOR_STATUS, COORDINATOR, 200, null),

                // statistics are public; a token changes nothing
                row(Endpoint.STATISTICS, ANONYMOUS, 200, null), row(Endpoint.STATISTICS, FOREIGN_CITIZEN, 200, null),
                row(Endpoint.STATISTICS, COORDINATOR, 200, null),

                // only the reporter (code or filing account, checked by the service) accepts or reopens
                row(Endpoint.ACCEPT, ANONYMOUS, 404, "not-found"), row(Endpoint.ACCEPT, COORDINATOR, 404, "not-found"),
                row(Endpoint.REOPEN, ANONYMOUS, 404, "not-found"), row(Endpoint.REOPEN, OWN_LIAISON, 404, "not-found"),

                // Open311 and the webhooks: tokens neither help nor hurt; keys and signatures decide
                row(Endpoint.OPEN311_SERVICES, ANONYMOUS, 200, null),
                row(Endpoint.OPEN311_SERVICES, FOREIGN_COORDINATOR, 200, null),
                row(Endpoint.OPEN311_REQUESTS, ANONYMOUS, 200, null),
                row(Endpoint.OPEN311_POST_WITHOUT_KEY, ANONYMOUS, 400, OPEN311_ERROR),
                row(Endpoint.OPEN311_POST_WITHOUT_KEY, COORDINATOR, 400, OPEN311_ERROR),
                row(Endpoint.OPEN311_POST_WRONG_KEY, ANONYMOUS, 403, OPEN311_ERROR),
                row(Endpoint.OPEN311_POST, ANONYMOUS, 201, null),
                row(Endpoint.WHATSAPP_UNSIGNED, ANONYMOUS, 401, "invalid-signature"),
                row(Endpoint.WHATSAPP_UNSIGNED, COORDINATOR, 401, "invalid-signature"),
                row(Endpoint.TELEGRAM_WITHOUT_SECRET, ANONYMOUS, 401, "invalid-signature"),
                row(Endpoint.TELEGRAM_WITHOUT_SECRET, PROVINCE_ADMIN, 401, "invalid-signature"));
    }

    /** Open311 answers errors in the GeoReport v2 shape, not as a problem. */
    static final String OPEN311_ERROR = "open311";

    private static Arguments row(Endpoint endpoint, TestCaller caller, int status, String problem) {
        return Arguments.of(endpoint, caller, status, problem);
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void roleAndTenantMatrix(Endpoint endpoint, TestCaller caller, int expected, String problem) throws Exception {
        ResultActions result = mvc.perform(endpoint.request().with(caller.token())).andExpect(status().is(expected));
        if (OPEN311_ERROR.equals(problem)) {
            result.andExpect(jsonPath("$[0].code").value(expected)).andExpect(jsonPath("$[0].description").isString());
        } else if (problem != null) {
            result.andExpect(jsonPath("$.type").value("https://terbuka.id/problems/" + problem));
        }
    }

    @Test
    void theReporterAcceptsAndReopensWithTheCode() throws Exception {
        mvc.perform(post(ONE + "/acceptance").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reporterCode\":\"" + CODE + "\",\"rating\":5}")).andExpect(status().isOk());
        mvc.perform(post(ONE + "/reopening").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reporterCode\":\"" + CODE + "\",\"reason\":\"r\"}")).andExpect(status().isOk());
    }

    @Test
    void aSignedWhatsAppDeliveryIsStoredAndAnsweredWithoutWaitingForTheComplaint() throws Exception {
        byte[] raw = ("{\"entry\":[{\"changes\":[{\"value\":{\"messages\":["
                + "{\"from\":\"628111\",\"id\":\"wamid.1\",\"type\":\"text\",\"text\":{\"body\":\"Jalan rusak\"}},"
                + "{\"from\":\"628111\",\"id\":\"wamid.2\",\"type\":\"sticker\"}]}}]}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        when(inboundDeliveries.accept(eq(TENANT), eq(Channel.WHATSAPP), any(), eq(1), anyString())).thenReturn(true);
        mvc.perform(post("/channels/whatsapp/" + TENANT).contentType(MediaType.APPLICATION_JSON).content(raw)
                        .header("X-Hub-Signature-256", id.terbuka.complaint.channel.Signatures.hubSignature(raw,
                                "wa-secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages").value(2))
                .andExpect(jsonPath("$.accepted").value(1));
        // only the text is stored (a sticker carries nothing to process), then the worker is woken
        org.mockito.Mockito.verify(inboundDeliveries).accept(eq(TENANT), eq(Channel.WHATSAPP),
                org.mockito.ArgumentMatchers.argThat(m -> m.messageId().equals("wamid.1")
                        && m.text().equals("Jalan rusak")), eq(1),
                org.mockito.ArgumentMatchers.contains("\"wamid.1\""));
        org.mockito.Mockito.verify(inboundDeliveries, org.mockito.Mockito.times(1)).accept(any(), any(), any(),
                org.mockito.ArgumentMatchers.anyInt(), any());
        org.mockito.Mockito.verify(inboundProcessor).nudge();
        org.mockito.Mockito.verifyNoInteractions(channelIntake);
    }

    @Test
    void anUnknownTenantIsNotFoundBeforeAnythingElse() throws Exception {
        String unknown = "/api/v1/tidak-ada/complaints";
        for (MockHttpServletRequestBuilder request : List.of(get(unknown).with(COORDINATOR.token()),
                post(unknown).contentType(MediaType.APPLICATION_JSON).content("{}"),
                get(unknown + "/" + ID), post("/channels/whatsapp/tidak-ada").content("{}"))) {
            mvc.perform(request).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"));
        }
        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "tidak-ada"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("tidak-ada")));
        mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", "tidak-ada"))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath(
                        "/errors/error/code").string("404"));
    }
}
