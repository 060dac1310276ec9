package id.terbuka.request.information;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.tenant.TenantDirectory;
import id.terbuka.request.notice.NoticeDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call which request endpoint: the role × tenant matrix, with the platform's real security and problem
 * handling and a stand-in for the service. The request under test belongs to unit {@code unit-a} of kutai-timur.
 */
@WebMvcTest(RequestController.class)
@Import(RequestEndpointsTest.Tenants.class)
class RequestEndpointsTest {

    static final String TENANT = "kutai-timur";
    static final String OTHER = "samarinda";
    static final String NUMBER = "6408/2026/000001";
    static final String BASE = "/api/v1/" + TENANT + "/requests";
    static final String ONE = BASE + "/" + NUMBER;
    static final String CODE = "7QK2-M9XD-R4TB-HV3N";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RequestService service;
    @MockitoBean
    RequestViews views;
    @MockitoBean
    NoticeDocuments notices;

    @TestConfiguration
    static class Tenants {
        @Bean
        TenantDirectory tenantDirectory() {
            return slug -> List.of(TENANT, OTHER).contains(slug);
        }
    }

    @BeforeEach
    void stubService() {
        InformationRequest request = InformationRequestTest.filed(Instant.parse("2026-03-02T03:00:00Z"),
                InformationRequestTest.WIB);
        request.assign("unit-a", Instant.parse("2026-03-02T04:00:00Z"));
        request.decide(InformationRequestTest.granted(), InformationRequestTest.WIB,
                Instant.parse("2026-03-03T04:00:00Z"));
        request.attachPowerOfAttorney(new AttachedDocument("doc-1", "kuasa.pdf", "application/pdf", 4, "00",
                Instant.parse("2026-03-03T05:00:00Z")), Instant.parse("2026-03-03T05:00:00Z"));
        when(service.get(TENANT, NUMBER)).thenReturn(request);
        when(service.forRequester(eq(TENANT), eq(NUMBER), eq(CODE), any())).thenReturn(request);
        when(service.forRequester(eq(TENANT), eq(NUMBER), isNull(), any()))
                .thenThrow(ApiException.notFound("Permohonan", NUMBER));
        when(service.calendar(anyString())).thenReturn(WorkingDayCalendar.defaults());
        when(service.now()).thenReturn(Instant.parse("2026-03-04T03:00:00Z"));
        when(service.tenantName(anyString())).thenReturn("Kabupaten Kutai Timur");
        when(service.file(eq(TENANT), any(), any())).thenReturn(new FilingReceipt(NUMBER, CODE,
                RequestStatus.REGISTERED, Instant.now(), Instant.now(), Channel.ONLINE, LocalDate.of(2026, 3, 16),
                null));
        when(service.workList(eq(TENANT), any(), any(), any(), eq(0), eq(20))).thenReturn(
                new RequestService.WorkListPage(org.springframework.data.domain.Page.empty(
                        org.springframework.data.domain.PageRequest.of(0, 20)), WorkingDayCalendar.defaults(),
                        Instant.now()));
        when(service.assign(any(), any())).thenReturn(request);
        when(service.extend(any(), any(), any())).thenReturn(request);
        when(service.decide(any(), any(), any())).thenReturn(request);
        Objection objection = new Objection("KEB/6408/2026/000001", ObjectionGround.C, "x", Instant.now(),
                Objection.Cause.DECISION, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 4, 20), null, null, null, null, null, false, null, null, false, null);
        when(service.fileObjection(any(), any())).thenReturn(objection);
        when(service.decideObjection(any(), any(), any())).thenReturn(objection);
        when(service.forward(any(), any(), any())).thenReturn(request);
        when(service.withdraw(any())).thenReturn(request);
        try {
            when(service.attachPowerOfAttorney(any(), any())).thenReturn(request);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        when(service.powerOfAttorney(any())).thenReturn(new byte[]{'%', 'P', 'D', 'F'});
        Dispute dispute = new Dispute("KI Provinsi", null, "KEB/6408/2026/000001", LocalDate.of(2026, 3, 11),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1), Instant.now(), null, null, null, null, null, null,
                null, null, null);
        when(service.recordDispute(any(), any())).thenReturn(dispute);
        when(service.progressDispute(any(), any())).thenReturn(dispute);
        when(service.decideDispute(any(), any())).thenReturn(dispute);
        when(notices.render(any(), anyString(), any(ZoneId.class))).thenReturn(new byte[]{'%', 'P', 'D', 'F'});
    }

    enum Endpoint {
        FILE, WORK_LIST, TRACK, NOTICE, ASSIGN, EXTEND, DECIDE, OBJECT, DECIDE_OBJECTION, FORWARD, WITHDRAW,
        RECORD_DISPUTE, PROGRESS_DISPUTE, DECIDE_DISPUTE, UPLOAD_POWER_OF_ATTORNEY, POWER_OF_ATTORNEY;

        AbstractMockHttpServletRequestBuilder<?> request() {
            return switch (this) {
                case FILE -> post(BASE).contentType(MediaType.APPLICATION_JSON).content("{}");
                case WORK_LIST -> get(BASE);
                case TRACK -> get(ONE);
                case NOTICE -> get(ONE + "/notice");
                case ASSIGN -> json(ONE + "/assignment", "{\"unitId\":\"unit-b\"}");
                case EXTEND -> json(ONE + "/extension", "{\"reason\":\"x\"}");
                case DECIDE -> json(ONE + "/decision", "{\"outcome\":\"GRANTED\"}");
                case OBJECT -> json(ONE + "/objections", "{\"ground\":\"C\",\"reason\":\"x\"}");
                case DECIDE_OBJECTION -> json(ONE + "/objections/decision", "{\"result\":\"UPHELD\"}");
                case FORWARD -> json(ONE + "/forwarding", "{\"tenant\":\"samarinda\"}");
                case WITHDRAW -> post(ONE + "/withdrawal");
                case RECORD_DISPUTE -> json(ONE + "/dispute", "{\"commission\":\"KI\",\"filedOn\":\"2026-04-01\"}");
                case PROGRESS_DISPUTE -> patch(ONE + "/dispute").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kiRegistrationNumber\":\"001/REG\"}");
                case UPLOAD_POWER_OF_ATTORNEY -> upload();
                case POWER_OF_ATTORNEY -> get(ONE + "/power-of-attorney");
                case DECIDE_DISPUTE -> json(ONE + "/dispute/decision",
                        "{\"outcome\":\"SETTLED\",\"decidedOn\":\"2026-04-20\"}");
            };
        }

        static AbstractMockHttpServletRequestBuilder<?> upload() {
            return multipart(ONE + "/power-of-attorney").file(new MockMultipartFile("file", "kuasa.pdf",
                    "application/pdf", new byte[]{'%', 'P', 'D', 'F'}));
        }

        private static AbstractMockHttpServletRequestBuilder<?> json(String path, String body) {
            return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        }
    }

    static final TestCaller ANONYMOUS = TestCaller.ANONYMOUS;
    static final TestCaller CITIZEN = TestCaller.of(TENANT, "CITIZEN");
    static final TestCaller UTAMA = TestCaller.of(TENANT, "PPID_UTAMA");
    static final TestCaller OWN_PELAKSANA = TestCaller.of(TENANT, "PPID_PELAKSANA", "unit-a");
    static final TestCaller OTHER_PELAKSANA = TestCaller.of(TENANT, "PPID_PELAKSANA", "unit-z");
    static final TestCaller ATASAN = TestCaller.of(TENANT, "ATASAN_PPID");
    static final TestCaller EDITOR = TestCaller.of(TENANT, "EDITOR");
    static final TestCaller TENANT_ADMIN = TestCaller.of(TENANT, "TENANT_ADMIN");
    static final TestCaller FOREIGN_UTAMA = TestCaller.of(OTHER, "PPID_UTAMA");
    static final TestCaller FOREIGN_ATASAN = TestCaller.of(OTHER, "ATASAN_PPID");
    static final TestCaller FOREIGN_CITIZEN = TestCaller.of(OTHER, "CITIZEN");

    /** Status and problem type (null for success) of every endpoint for every kind of caller. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                // filing: bodies are checked by the service; here only who may file
                row(Endpoint.FILE, ANONYMOUS, 201, null), row(Endpoint.FILE, CITIZEN, 201, null),
                row(Endpoint.FILE, UTAMA, 201, null), row(Endpoint.FILE, OWN_PELAKSANA, 201, null),
                row(Endpoint.FILE, EDITOR, 403, "forbidden"), row(Endpoint.FILE, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.FILE, FOREIGN_CITIZEN, 403, "forbidden-tenant"),

                row(Endpoint.WORK_LIST, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.WORK_LIST, CITIZEN, 403, "forbidden"), row(Endpoint.WORK_LIST, EDITOR, 403, "forbidden"),
                row(Endpoint.WORK_LIST, TENANT_ADMIN, 403, "forbidden"),
                row(Endpoint.WORK_LIST, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.WORK_LIST, UTAMA, 200, null), row(Endpoint.WORK_LIST, ATASAN, 200, null),
                row(Endpoint.WORK_LIST, OWN_PELAKSANA, 200, null),

                // without the tracking code the requester path answers 404; staff of another tenant get 403
                row(Endpoint.TRACK, ANONYMOUS, 404, "not-found"), row(Endpoint.TRACK, CITIZEN, 404, "not-found"),
                row(Endpoint.TRACK, EDITOR, 404, "not-found"),
                row(Endpoint.TRACK, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.TRACK, OTHER_PELAKSANA, 403, "forbidden-unit"),
                row(Endpoint.TRACK, UTAMA, 200, null), row(Endpoint.TRACK, OWN_PELAKSANA, 200, null),
                row(Endpoint.TRACK, ATASAN, 200, null),

                row(Endpoint.NOTICE, ANONYMOUS, 404, "not-found"),
                row(Endpoint.NOTICE, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.NOTICE, OTHER_PELAKSANA, 403, "forbidden-unit"),
                row(Endpoint.NOTICE, UTAMA, 200, null), row(Endpoint.NOTICE, ATASAN, 200, null),

                row(Endpoint.ASSIGN, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.ASSIGN, OWN_PELAKSANA, 403, "forbidden"), row(Endpoint.ASSIGN, ATASAN, 403, "forbidden"),
                row(Endpoint.ASSIGN, FOREIGN_UTAMA, 403, "forbidden-tenant"), row(Endpoint.ASSIGN, UTAMA, 200, null),

                row(Endpoint.EXTEND, ANONYMOUS, 401, "unauthenticated"), row(Endpoint.EXTEND, CITIZEN, 403, "forbidden"),
                row(Endpoint.EXTEND, ATASAN, 403, "forbidden"),
                row(Endpoint.EXTEND, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.EXTEND, OTHER_PELAKSANA, 403, "forbidden-unit"),
                row(Endpoint.EXTEND, UTAMA, 200, null), row(Endpoint.EXTEND, OWN_PELAKSANA, 200, null),

                row(Endpoint.DECIDE, ANONYMOUS, 401, "unauthenticated"), row(Endpoint.DECIDE, CITIZEN, 403, "forbidden"),
                row(Endpoint.DECIDE, ATASAN, 403, "forbidden"),
                row(Endpoint.DECIDE, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.DECIDE, OTHER_PELAKSANA, 403, "forbidden-unit"),
                row(Endpoint.DECIDE, UTAMA, 200, null), row(Endpoint.DECIDE, OWN_PELAKSANA, 200, null),

                // only the requester (tracking code or filing account, checked by the service) objects
                row(Endpoint.OBJECT, ANONYMOUS, 404, "not-found"), row(Endpoint.OBJECT, UTAMA, 404, "not-found"),

                row(Endpoint.DECIDE_OBJECTION, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.DECIDE_OBJECTION, UTAMA, 403, "forbidden"),
                row(Endpoint.DECIDE_OBJECTION, CITIZEN, 403, "forbidden"),
                row(Endpoint.DECIDE_OBJECTION, FOREIGN_ATASAN, 403, "forbidden-tenant"),
                row(Endpoint.DECIDE_OBJECTION, ATASAN, 200, null),

                row(Endpoint.FORWARD, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.FORWARD, OWN_PELAKSANA, 403, "forbidden"), row(Endpoint.FORWARD, ATASAN, 403, "forbidden"),
                row(Endpoint.FORWARD, TENANT_ADMIN, 403, "forbidden"),
                row(Endpoint.FORWARD, FOREIGN_UTAMA, 403, "forbidden-tenant"), row(Endpoint.FORWARD, UTAMA, 200, null),

                // withdrawal is the requester's: without the code everyone gets the 404 of an unknown number
                row(Endpoint.WITHDRAW, ANONYMOUS, 404, "not-found"), row(Endpoint.WITHDRAW, UTAMA, 404, "not-found"),
                row(Endpoint.WITHDRAW, CITIZEN, 404, "not-found"),

                // the requester (code) or the PPID utama / atasan of the tenant record a sengketa
                row(Endpoint.RECORD_DISPUTE, ANONYMOUS, 404, "not-found"),
                row(Endpoint.RECORD_DISPUTE, CITIZEN, 404, "not-found"),
                row(Endpoint.RECORD_DISPUTE, OWN_PELAKSANA, 403, "forbidden"),
                row(Endpoint.RECORD_DISPUTE, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.RECORD_DISPUTE, UTAMA, 201, null), row(Endpoint.RECORD_DISPUTE, ATASAN, 201, null),

                row(Endpoint.PROGRESS_DISPUTE, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.PROGRESS_DISPUTE, CITIZEN, 403, "forbidden"),
                row(Endpoint.PROGRESS_DISPUTE, OWN_PELAKSANA, 403, "forbidden"),
                row(Endpoint.PROGRESS_DISPUTE, FOREIGN_ATASAN, 403, "forbidden-tenant"),
                row(Endpoint.PROGRESS_DISPUTE, UTAMA, 200, null), row(Endpoint.PROGRESS_DISPUTE, ATASAN, 200, null),

                row(Endpoint.DECIDE_DISPUTE, ANONYMOUS, 401, "unauthenticated"),
                row(Endpoint.DECIDE_DISPUTE, EDITOR, 403, "forbidden"),
                row(Endpoint.DECIDE_DISPUTE, OWN_PELAKSANA, 403, "forbidden"),
                row(Endpoint.DECIDE_DISPUTE, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.DECIDE_DISPUTE, UTAMA, 200, null), row(Endpoint.DECIDE_DISPUTE, ATASAN, 200, null),

                // the requester with the code (or account), or PPID staff who received it on paper
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, ANONYMOUS, 404, "not-found"),
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, CITIZEN, 404, "not-found"),
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, ATASAN, 403, "forbidden"),
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, OTHER_PELAKSANA, 403, "forbidden-unit"),
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, UTAMA, 200, null),
                row(Endpoint.UPLOAD_POWER_OF_ATTORNEY, OWN_PELAKSANA, 200, null),

                row(Endpoint.POWER_OF_ATTORNEY, ANONYMOUS, 404, "not-found"),
                row(Endpoint.POWER_OF_ATTORNEY, EDITOR, 404, "not-found"),
                row(Endpoint.POWER_OF_ATTORNEY, FOREIGN_UTAMA, 403, "forbidden-tenant"),
                row(Endpoint.POWER_OF_ATTORNEY, OTHER_PELAKSANA, 403, "forbidden-unit"),
                row(Endpoint.POWER_OF_ATTORNEY, UTAMA, 200, null), row(Endpoint.POWER_OF_ATTORNEY, ATASAN, 200, null));
    }

    private static Arguments row(Endpoint endpoint, TestCaller caller, int status, String problem) {
        return Arguments.of(endpoint, caller, status, problem);
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void roleAndTenantMatrix(Endpoint endpoint, TestCaller caller, int expected, String problem) throws Exception {
        ResultActions result = mvc.perform(endpoint.request().with(caller.token())).andExpect(status().is(expected));
        if (problem != null) {
            result.andExpect(jsonPath("$.type").value("https://terbuka.id/problems/" + problem));
        }
    }

    @ParameterizedTest(name = "{0} with the tracking code")
    @MethodSource("requesterEndpoints")
    void theRequesterActsWithTheTrackingCode(Endpoint endpoint, int expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = switch (endpoint) {
            case TRACK -> get(ONE).param("trackingCode", CODE);
            case NOTICE -> get(ONE + "/notice").param("trackingCode", CODE);
            case OBJECT -> post(ONE + "/objections").param("trackingCode", CODE)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"ground\":\"C\",\"reason\":\"x\"}");
            case WITHDRAW -> post(ONE + "/withdrawal").param("trackingCode", CODE);
            case UPLOAD_POWER_OF_ATTORNEY -> Endpoint.upload().param("trackingCode", CODE);
            case POWER_OF_ATTORNEY -> get(ONE + "/power-of-attorney").param("trackingCode", CODE);
            case RECORD_DISPUTE -> post(ONE + "/dispute").param("trackingCode", CODE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"commission\":\"KI\",\"filedOn\":\"2026-04-01\"}");
            default -> throw new IllegalArgumentException(endpoint.name());
        };
        mvc.perform(request).andExpect(status().is(expected));
    }

    static Stream<Arguments> requesterEndpoints() {
        return Stream.of(Arguments.of(Endpoint.TRACK, 200), Arguments.of(Endpoint.NOTICE, 200),
                Arguments.of(Endpoint.OBJECT, 201), Arguments.of(Endpoint.WITHDRAW, 200),
                Arguments.of(Endpoint.RECORD_DISPUTE, 201), Arguments.of(Endpoint.UPLOAD_POWER_OF_ATTORNEY, 200),
                Arguments.of(Endpoint.POWER_OF_ATTORNEY, 200));
    }

    @org.junit.jupiter.api.Test
    void anUnknownTenantIsNotFoundBeforeAnythingElse() throws Exception {
        String unknown = "/api/v1/tidak-ada/requests";
        for (AbstractMockHttpServletRequestBuilder<?> request : List.of(get(unknown).with(UTAMA.token()),
                post(unknown).contentType(MediaType.APPLICATION_JSON).content("{}"),
                get(unknown + "/" + NUMBER).param("trackingCode", CODE),
                post(unknown + "/" + NUMBER + "/extension").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}").with(UTAMA.token()))) {
            mvc.perform(request).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"));
        }
    }
}
