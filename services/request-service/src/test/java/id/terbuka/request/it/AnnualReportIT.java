package id.terbuka.request.it;

import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.testsupport.RealInfrastructure;
import id.terbuka.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static id.terbuka.request.it.ItHttp.NIK;
import static id.terbuka.request.it.ItHttp.individual;
import static id.terbuka.request.it.ItHttp.offline;
import static id.terbuka.request.it.ItHttp.path;
import static id.terbuka.request.it.ItHttp.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Pasal 12 report and the register against requests filed through the API in a fresh tenant: five requests of
 * last year over five channels, two units, every kind of figure; the report's numbers must be exactly theirs, in
 * JSON, CSV and the PDF read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportIT {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    ItHttp http;
    String tenant;
    String unit;
    int year;
    final List<Integer> answerDays = new ArrayList<>();
    final java.util.Map<String, String> codes = new java.util.HashMap<>();

    @BeforeAll
    void fileAYearOfRequests() throws Exception {
        http = new ItHttp(port);
        tenant = "kota-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(tenant, UUID.randomUUID().toString(), "Kota Bontang", "64.74",
                "Kalimantan Timur", "Asia/Makassar", 0));
        unit = "unit-" + UUID.randomUUID();
        mongo.insert(new LocalUnit(unit, tenant, "DINKES", "Dinas Kesehatan", "DINAS", LocalUnit.ACTIVE, 0, 0));
        year = LocalDate.now(ZoneId.of("Asia/Makassar")).getYear() - 1;
        String staff = TestTokens.token(tenant, null, "PPID_UTAMA");
        String atasan = TestTokens.token(tenant, null, "ATASAN_PPID");

        String r1 = file(offline("LETTER", year + "-02-02T02:00:00Z"), staff);
        http.post(path(tenant, r1) + "/assignment", "{\"unitId\":\"" + unit + "\"}", staff);
        decide(r1, "{\"outcome\":\"GRANTED\",\"informationGiven\":\"DPA\",\"form\":\"SOFTCOPY\"}", staff);

        String r2 = file(offline("EMAIL", year + "-03-02T02:00:00Z"), staff);
        http.post(path(tenant, r2) + "/assignment", "{\"unitId\":\"" + unit + "\"}", staff);
        decide(r2, "{\"outcome\":\"REJECTED\",\"legalBasis\":\"H\",\"decisionNumber\":\"SK-1\",\"reasons\":\"x\"}",
                staff);

        String r3 = file(offline("IN_PERSON", year + "-08-03T02:00:00Z"), staff);
        decide(r3, "{\"outcome\":\"REJECTED\",\"legalBasis\":\"A\",\"decisionNumber\":\"SK-2\",\"reasons\":\"y\"}",
                staff);
        assertThat(http.post(path(tenant, r3) + "/objections", "{\"ground\":\"A\",\"reason\":\"z\"}",
                staff).statusCode()).as("staff cannot object").isEqualTo(404);
        // objections are the requester's; here by the tracking code stored at filing
        String code3 = codes.get(r3);
        assertThat(http.post(path(tenant, r3) + "/objections?trackingCode=" + code3,
                "{\"ground\":\"A\",\"reason\":\"Bukan rahasia\"}", null).statusCode()).isEqualTo(201);
        assertThat(http.post(path(tenant, r3) + "/objections/decision",
                "{\"result\":\"DISMISSED\",\"reasons\":\"Sah\"}", atasan).statusCode()).isEqualTo(200);
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        assertThat(http.post(path(tenant, r3) + "/dispute?trackingCode=" + code3,
                "{\"commission\":\"KI Kaltim\",\"filedOn\":\"" + today + "\"}", null).statusCode()).isEqualTo(201);
        // keberatan and sengketa of last year: moved there in the database
        mongo.updateFirst(byNumber(r3), new Update().set("objections.0.filedAt",
                Instant.parse(year + "-08-20T02:00:00Z")).set("dispute.filedOn", LocalDate.of(year, 9, 1)),
                "information_requests");

        String r4 = file(individual(), null);
        assertThat(http.post(path(tenant, r4) + "/extension", "{\"reason\":\"Data tersebar\"}", staff).statusCode())
                .isEqualTo(200);
        mongo.updateFirst(byNumber(r4), new Update().set("receivedAt", Instant.parse(year + "-09-10T02:00:00Z")),
                "information_requests");

        String r5 = file(offline("POST", year + "-10-01T02:00:00Z"), staff);
        decide(r5, "{\"outcome\":\"NOT_HELD\",\"holderBody\":\"BPN Kota Bontang\"}", staff);

        // this year's request does not count
        file(individual(), null);
    }

    @Test
    void theYearsFiguresAreExactlyThoseOfTheFiledRequests() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/" + tenant + "/reports/requests?year=" + year, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode r = json.readTree(response.body());
        assertThat(r.path("received").asInt()).isEqualTo(5);
        assertThat(r.path("tenantName").asString()).isEqualTo("Kota Bontang");
        for (String channel : List.of("LETTER", "EMAIL", "IN_PERSON", "ONLINE", "POST")) {
            assertThat(r.path("byChannel").path(channel).asInt()).as(channel).isEqualTo(1);
        }
        assertThat(r.path("byChannel").path("FAX").asInt()).isZero();
        assertThat(r.path("byOutcome").path("GRANTED").asInt()).isEqualTo(1);
        assertThat(r.path("byOutcome").path("REJECTED").asInt()).isEqualTo(2);
        assertThat(r.path("byOutcome").path("NOT_HELD").asInt()).isEqualTo(1);
        assertThat(r.path("byOutcome").path("PENDING").asInt()).isEqualTo(1);
        assertThat(r.path("rejectionsByLegalBasis").path("H").asInt()).isEqualTo(1);
        assertThat(r.path("rejectionsByLegalBasis").path("A").asInt()).isEqualTo(1);
        assertThat(r.path("extensions").asInt()).isEqualTo(1);
        assertThat(r.path("objections").path("filed").asInt()).isEqualTo(1);
        assertThat(r.path("objections").path("byGround").path("A").asInt()).isEqualTo(1);
        assertThat(r.path("objections").path("byResult").path("DISMISSED").asInt()).isEqualTo(1);
        assertThat(r.path("disputes").path("recorded").asInt()).isEqualTo(1);
        assertThat(r.path("disputes").path("byOutcome").path("PENDING").asInt()).isEqualTo(1);

        JsonNode units = r.path("byUnit");
        assertThat(units.size()).isEqualTo(2);
        assertThat(units.path(0).path("unitName").asString()).isEqualTo("PPID Utama");
        assertThat(units.path(0).path("received").asInt()).isEqualTo(3);
        assertThat(units.path(1).path("unitName").asString()).isEqualTo("Dinas Kesehatan");
        assertThat(units.path(1).path("received").asInt()).isEqualTo(2);

        List<Integer> sorted = answerDays.stream().sorted().toList();
        double mean = sorted.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double median = (sorted.get(1) + sorted.get(2)) / 2.0;
        JsonNode time = r.path("answerTime");
        assertThat(time.path("answered").asInt()).isEqualTo(4);
        assertThat(time.path("mean").asDouble()).isEqualTo(Math.round(mean * 100) / 100.0);
        assertThat(time.path("median").asDouble()).isEqualTo(median);
        assertThat(time.path("max").asInt()).isEqualTo(sorted.getLast());
        assertThat(r.path("answeredLate").asInt()).as("all answered long after their due dates").isEqualTo(4);
    }

    @Test
    void semestersSplitTheYear() throws Exception {
        JsonNode first = json.readTree(http.get("/api/v1/" + tenant + "/reports/requests?year=" + year
                + "&semester=1", null).body());
        JsonNode second = json.readTree(http.get("/api/v1/" + tenant + "/reports/requests?year=" + year
                + "&semester=2", null).body());
        assertThat(first.path("received").asInt()).isEqualTo(2);
        assertThat(first.path("to").asString()).isEqualTo(year + "-06-30");
        assertThat(second.path("received").asInt()).isEqualTo(3);
        assertThat(second.path("objections").path("filed").asInt()).isEqualTo(1);
        assertThat(first.path("objections").path("filed").asInt()).isZero();
    }

    @Test
    void csvAndPdfCarryTheSameFigures() throws Exception {
        HttpResponse<String> csv = http.get("/api/v1/" + tenant + "/reports/requests?format=csv&year=" + year, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("section,key,value\r\n").contains("requests,received,5\r\n",
                "channel,LETTER,1\r\n", "outcome,REJECTED,2\r\n", "rejectionLegalBasis,H,1\r\n",
                "objectionGround,A,1\r\n", "disputes,recorded,1\r\n", "unit,Dinas Kesehatan,2\r\n");

        HttpResponse<byte[]> pdf = http.bytes("/api/v1/" + tenant + "/reports/requests?format=pdf&year=" + year,
                null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("LAPORAN LAYANAN INFORMASI PUBLIK", "Kota Bontang", "Tahun " + year)
                .doesNotContain(NIK, "Siti");
        // table cells come out without the space between label and figure
        assertThat(text.replace(" ", "")).contains("Jumlahpermohonanditerima5", "DinasKesehatan2", "REJECTED2",
                "Keberatandiajukan1", "Sengketadiajukan1", "Diperpanjang(Pasal22ayat(8))1",
                "Paling lama".replace(" ", "") + answerDays.stream().max(Integer::compare).orElseThrow());
    }

    @Test
    void badParametersAreNamed() throws Exception {
        HttpResponse<String> noYear = http.get("/api/v1/" + tenant + "/reports/requests", null);
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).contains("\"field\":\"year\"");
        HttpResponse<String> bad = http.get("/api/v1/" + tenant + "/reports/requests?year=abc&semester=3&format=doc",
                null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"year\"", "\"field\":\"semester\"", "\"field\":\"format\"");
        assertThat(http.get("/api/v1/tidak-ada/reports/requests?year=2025", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theRegisterIsForThePpidTheAtasanAndTheTenantAdminOfTheTenant() throws Exception {
        String register = "/api/v1/" + tenant + "/reports/requests/register?year=" + year;
        HttpResponse<String> utama = http.get(register, TestTokens.token(tenant, null, "PPID_UTAMA"));
        assertThat(utama.statusCode()).isEqualTo(200);
        String[] lines = utama.body().split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("registrationNumber,receivedOn,channel,requesterType,requesterName,address");
        assertThat(lines[1]).startsWith("6474/" + year + "/").contains("LETTER", "Siti Aminah", "Jl. Pahlawan 2",
                "GRANTED");
        assertThat(utama.body()).contains("SK-1", "KEB/6474/").doesNotContain(NIK, "081298765432", "siti@example.id");

        HttpResponse<String> admin = http.get(register, TestTokens.token(tenant, null, "TENANT_ADMIN"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Siti Aminah").doesNotContain("Jl. Pahlawan");
        assertThat(http.get(register, TestTokens.token(tenant, null, "ATASAN_PPID")).statusCode()).isEqualTo(200);

        assertThat(http.get(register, null).statusCode()).isEqualTo(401);
        assertThat(http.get(register, TestTokens.token(tenant, null, "EDITOR")).statusCode()).isEqualTo(403);
        assertThat(http.get(register, TestTokens.token(tenant, unit, "PPID_PELAKSANA")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> foreign = http.get(register, TestTokens.token("samarinda", null, "PPID_UTAMA"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("forbidden-tenant");
    }

    private String file(String body, String token) throws Exception {
        HttpResponse<String> filed = http.post("/api/v1/" + tenant + "/requests", body, token);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(filed.body());
        String number = receipt.path("registrationNumber").asString();
        codes.put(number, receipt.path("trackingCode").asString());
        return number;
    }

    private void decide(String number, String body, String staff) throws Exception {
        HttpResponse<String> decided = http.post(path(tenant, number) + "/decision", body, staff);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        answerDays.add(json.readTree(decided.body()).path("decision").path("workingDaysTaken").asInt());
    }

    private Query byNumber(String number) {
        return Query.query(Criteria.where("tenant").is(tenant).and("registrationNumber").is(number));
    }
}
