package id.terbuka.platform.sample;

import id.terbuka.platform.problem.ApiException;

import id.terbuka.platform.tenant.TenantDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProblemResponsesTest.SampleController.class)
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
@Import(ProblemResponsesTest.SampleController.class)
class ProblemResponsesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void namesEveryInvalidFieldInIndonesianByDefault() throws Exception {
        mvc.perform(post("/api/v1/kutai-timur/samples").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"email\":\"bukan-email\",\"kind\":\"A\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/validation"))
                .andExpect(jsonPath("$.title").value("Data tidak valid"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/v1/kutai-timur/samples"))
                .andExpect(jsonPath("$.traceId").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message").value("wajib diisi"))
                .andExpect(jsonPath("$.errors[?(@.field=='email')].message").value("alamat e-mail tidak valid"));
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/v1/kutai-timur/samples").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"name\":\"\",\"email\":\"x@example.org\",\"kind\":\"A\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void namesTheFieldOfAnUnknownEnumValueAndListsTheAllowedOnes() throws Exception {
        mvc.perform(post("/api/v1/kutai-timur/samples").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"email\":\"x@example.org\",\"kind\":\"Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("A, B")));
    }

    @Test
    void rejectsMalformedJsonWithoutAServerError() throws Exception {
        mvc.perform(post("/api/v1/kutai-timur/samples").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/malformed-body"));
    }

    @Test
    void answersAnUnreadableUploadWith400() throws Exception {
        mvc.perform(post("/api/v1/kutai-timur/samples/upload").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/malformed-multipart"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("multipart")));
    }

    @Test
    void answersUnknownTenantWith404Problem() throws Exception {
        mvc.perform(get("/api/v1/atlantis/samples/1"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("atlantis")));
    }

    @Test
    void mapsDomainExceptionsToTheirStatusAndLocalizedText() throws Exception {
        mvc.perform(get("/api/v1/kutai-timur/samples/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Sample 'missing' tidak ditemukan."));
    }

    @Test
    void hidesInternalFailuresBehindATraceId() throws Exception {
        mvc.perform(get("/api/v1/kutai-timur/samples/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/internal-error"))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("secret internal detail"))));
    }

    @Test
    void aCallerThatHungUpIsNotAnErrorWithAStackTrace(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/kutai-timur/samples/hung-up"))
                .andExpect(content().string(not(containsString("internal-error"))));
        assertThat(output).doesNotContain("Unexpected failure").doesNotContain("Broken pipe");

        mvc.perform(get("/api/v1/kutai-timur/samples/boom")).andExpect(status().isInternalServerError());
        assertThat(output).contains("Unexpected failure of GET /api/v1/kutai-timur/samples/boom");
    }

    @Test
    void answersUnknownPathsAndWrongMethodsAsProblems() throws Exception {
        mvc.perform(get("/nowhere")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/no-such-resource"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/kutai-timur/samples"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    enum Kind { A, B }

    record Sample(@NotBlank String name, @NotBlank @Email String email, @NotNull Kind kind) {
    }

    @RestController
    static class SampleController {

        @PostMapping("/api/v1/{tenant}/samples")
        Sample create(@PathVariable String tenant, @Valid @RequestBody Sample sample) {
            return sample;
        }

        /** What the servlet container throws when a multipart body has no boundary or is cut off. */
        @PostMapping("/api/v1/{tenant}/samples/upload")
        void upload(@PathVariable String tenant) {
            throw new org.springframework.web.multipart.MultipartException("Failed to parse multipart servlet request");
        }

        @GetMapping("/api/v1/{tenant}/samples/{id}")
        Sample find(@PathVariable String tenant, @PathVariable String id) {
            if (id.equals("hung-up")) {
                // what writing a response to a closed connection ends in
                throw new org.springframework.http.converter.HttpMessageNotWritableException("Could not write JSON",
                        new java.io.IOException("Broken pipe"));
            }
            if (id.equals("boom")) {
                throw new IllegalStateException("secret internal detail");
            }
            throw ApiException.notFound("Sample", id);
        }
    }

    @SpringBootApplication
    static class SampleApplication {

        @Bean
        TenantDirectory tenants() {
            return slug -> slug.equals("kutai-timur");
        }
    }
}
