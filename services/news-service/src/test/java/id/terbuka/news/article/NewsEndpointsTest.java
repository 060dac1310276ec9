package id.terbuka.news.article;

import id.terbuka.news.NewsSettings;
import id.terbuka.news.content.BodyFormat;
import id.terbuka.news.feed.Feeds;
import id.terbuka.news.feed.JsonFeed;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.directory.LocalUnitDirectory;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.terbuka.news.feed.Sitemaps;
import id.terbuka.news.publicread.PublicVersions;
import id.terbuka.news.publicread.RenderedResponses;
import id.terbuka.news.image.ArticleImage;
import id.terbuka.news.image.ImageStore;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import id.terbuka.testsupport.TestCaller;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call which news endpoint: the role × tenant matrix with the platform's real security and problem
 * handling, the service stood in for. The article under test belongs to unit {@code unit-a} of kutai-timur.
 */
@WebMvcTest
@Import({NewsEndpointsTest.Beans.class, RenderedResponses.class, PublicVersions.class})
class NewsEndpointsTest {

    static final String TENANT = "kutai-timur";
    static final String OTHER = "samarinda";
    static final String BASE = "/api/v1/" + TENANT + "/news";
    static final String ID = "a-1";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ArticleService service;
    @MockitoBean
    ArticleViews views;
    @MockitoBean
    Feeds feeds;
    @MockitoBean
    MongoTemplate mongo;
    @MockitoBean
    LocalUnitDirectory units;
    @MockitoBean
    LocalTenantDirectory tenants;
    @MockitoBean
    ImageStore images;
    @MockitoBean
    Sitemaps sitemaps;

    @TestConfiguration
    static class Beans {
        @Bean
        NewsSettings newsSettings() {
            return NewsSettings.defaults();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    Article published;

    @BeforeEach
    void stubs() {
        when(tenants.exists(anyString())).thenAnswer(i -> List.of(TENANT, OTHER).contains(i.<String>getArgument(0)));
        Article article = ArticleTest.draft();
        when(service.get(TENANT, ID)).thenReturn(article);
        when(service.create(eq(TENANT), any(), any())).thenReturn(article);
        when(service.edit(any(), any(), any(), any(), anyBoolean())).thenReturn(article);
        when(service.submit(any(), any(), any())).thenReturn(article);
        when(service.review(any(), any(), any(), any())).thenReturn(article);
        when(service.withdraw(any(), any(), any(), any())).thenReturn(article);
        Page<Article> empty = Page.empty(PageRequest.of(0, 20));
        when(service.desk(eq(TENANT), any(), any(), anyInt(), anyInt())).thenReturn(empty);
        when(service.published(eq(TENANT), any(), any(), anyInt(), anyInt())).thenReturn(empty);
        published = ArticleTest.inReview();
        published.review(ReviewDecision.APPROVE, null, null, "editor-9", Instant.parse("2026-03-03T00:00:00Z"));
        when(service.publishedBySlug(TENANT, "pameran-umkm")).thenReturn(published);
        when(feeds.xml(eq(TENANT), any(), anyString(), anyString())).thenReturn("<feed/>");
        when(feeds.json(eq(TENANT), any())).thenReturn(new JsonFeed(JsonFeed.VERSION, "t", null, null, null, null,
                List.of(), List.of()));
        when(units.activeUnits(TENANT)).thenReturn(List.of());
        when(service.correct(any(), any(), any(), any())).thenReturn(published);
        when(service.comment(any(), any(), any())).thenReturn(new ArticleComment("c-1", TENANT, ID,
                Instant.parse("2026-03-03T00:00:00Z"), "editor-9", true, "cek ejaan", 1));
        when(service.comments(any())).thenReturn(List.of());
        Article withCover = Article.draft("a-pub", TENANT, "unit-a", "sampul", new ArticleContent("Sampul", null, "x",
                BodyFormat.MARKDOWN, null, null, List.of(), new Cover("img-pub", "Keterangan", "Foto: Dinas",
                "image/jpeg", 10, 10, 3)), "<p>x</p>", "operator-1", ArticleTest.T0);
        withCover.submit("operator-1", ArticleTest.T0.plusSeconds(1));
        withCover.review(ReviewDecision.APPROVE, null, null, "editor-9", ArticleTest.T0.plusSeconds(2));
        when(service.get(TENANT, "a-pub")).thenReturn(withCover);
        ArticleImage.StoredFile file = new ArticleImage.StoredFile("0123456789abcdef01234567", "image/jpeg", 10, 10,
                3, "a".repeat(64));
        Map<String, ArticleImage.StoredFile> files = Map.of("original", file, "list", file, "detail", file);
        ArticleImage draftImage = new ArticleImage("img-draft", TENANT, ID, "unit-a", "f.jpg", "op",
                Instant.parse("2026-03-03T00:00:00Z"), files);
        when(images.find(TENANT, "img-draft")).thenReturn(Optional.of(draftImage));
        when(images.find(TENANT, "img-pub")).thenReturn(Optional.of(new ArticleImage("img-pub", TENANT, "a-pub",
                "unit-a", "f.jpg", "op", Instant.parse("2026-03-03T00:00:00Z"), files)));
        when(images.find(TENANT, "img-unused")).thenReturn(Optional.of(new ArticleImage("img-unused", TENANT,
                "a-pub", "unit-a", "f.jpg", "op", Instant.parse("2026-03-03T00:00:00Z"), files)));
        when(images.ofArticle(TENANT, ID)).thenReturn(List.of(draftImage));
        when(images.open(any())).thenAnswer(i -> new ByteArrayInputStream(new byte[]{1, 2, 3}));
        try {
            when(images.store(eq(TENANT), eq(ID), eq("unit-a"), any(), any(), anyLong(), any(), any()))
                    .thenReturn(draftImage);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        when(sitemaps.news(TENANT)).thenReturn("<urlset/>");
        when(sitemaps.general(TENANT)).thenReturn("<urlset/>");
    }

    enum Endpoint {
        CREATE, EDIT, SUBMIT, REVIEW, WITHDRAW, DESK, EDITORIAL, REVISIONS, CORRECT, COMMENT, COMMENTS, DIFF,
        IMAGE_UPLOAD, IMAGE_LIST, IMAGE_OF_DRAFT,
        LIST, READ, FEED_ATOM, FEED_RSS, FEED_JSON, ACTIVITY, ACTIVITY_CSV, SITEMAP, NEWS_SITEMAP,
        ACTIVITY_HISTORY, ACTIVITY_HISTORY_CSV, IMAGE_OF_PUBLISHED;

        AbstractMockHttpServletRequestBuilder<?> request() {
            String article = """
                    {"title":"Pameran","body":"Isi","version":0}""";
            return switch (this) {
                case CREATE -> json(post(BASE), article);
                case EDIT -> json(put(BASE + "/" + ID), article);
                case SUBMIT -> post(BASE + "/" + ID + "/submission");
                case REVIEW -> json(post(BASE + "/" + ID + "/review"), "{\"decision\":\"APPROVE\"}");
                case WITHDRAW -> json(post(BASE + "/" + ID + "/withdrawal"), "{\"reason\":\"keliru\"}");
                case DESK -> get(BASE + "/editorial");
                case EDITORIAL -> get(BASE + "/" + ID + "/editorial");
                case REVISIONS -> get(BASE + "/" + ID + "/revisions");
                case LIST -> get(BASE);
                case READ -> get(BASE + "/pameran-umkm");
                case FEED_ATOM -> get(BASE + "/feed.atom");
                case FEED_RSS -> get(BASE + "/feed.rss");
                case FEED_JSON -> get(BASE + "/feed.json");
                case ACTIVITY -> get(BASE + "/activity");
                case CORRECT -> json(post(BASE + "/" + ID + "/corrections"), "{\"note\":\"x\",\"version\":0}");
                case COMMENT -> json(post(BASE + "/" + ID + "/comments"), "{\"text\":\"cek ejaan\"}");
                case COMMENTS -> get(BASE + "/" + ID + "/comments");
                case DIFF -> get(BASE + "/" + ID + "/revisions/diff");
                case IMAGE_UPLOAD -> multipart(BASE + "/" + ID + "/images").file(new MockMultipartFile("file",
                        "f.jpg", "image/jpeg", new byte[]{1, 2, 3}));
                case IMAGE_LIST -> get(BASE + "/" + ID + "/images");
                case IMAGE_OF_DRAFT -> get(BASE + "/images/img-draft/detail");
                case ACTIVITY_CSV -> get(BASE + "/activity.csv");
                case SITEMAP -> get(BASE + "/sitemap.xml");
                case NEWS_SITEMAP -> get(BASE + "/sitemap-news.xml");
                case ACTIVITY_HISTORY -> get(BASE + "/activity/history?from=2026-01&to=2026-03");
                case ACTIVITY_HISTORY_CSV -> get(BASE + "/activity/history.csv");
                case IMAGE_OF_PUBLISHED -> get(BASE + "/images/img-pub/list");
            };
        }

        boolean isPublic() {
            return ordinal() >= LIST.ordinal();
        }

        private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
            return request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
    }

    static final TestCaller ANONYMOUS = TestCaller.ANONYMOUS;
    static final TestCaller CITIZEN = TestCaller.of(TENANT, "CITIZEN", null);
    static final TestCaller OWN_OPERATOR = TestCaller.of(TENANT, "NEWS_OPERATOR", "unit-a");
    static final TestCaller OTHER_OPERATOR = TestCaller.of(TENANT, "NEWS_OPERATOR", "unit-z");
    static final TestCaller EDITOR = TestCaller.of(TENANT, "EDITOR", null);
    static final TestCaller TENANT_ADMIN = TestCaller.of(TENANT, "TENANT_ADMIN", null);
    static final TestCaller PROVINCE_ADMIN = TestCaller.of(OTHER, "PROVINCE_ADMIN", null);
    static final TestCaller FOREIGN_EDITOR = TestCaller.of(OTHER, "EDITOR", null);
    static final TestCaller FOREIGN_OPERATOR = TestCaller.of(OTHER, "NEWS_OPERATOR", "unit-a");
    static final List<TestCaller> ALL = List.of(ANONYMOUS, CITIZEN, OWN_OPERATOR, OTHER_OPERATOR, EDITOR, TENANT_ADMIN,
            PROVINCE_ADMIN, FOREIGN_EDITOR, FOREIGN_OPERATOR);

    /** The expected outcome of every staff endpoint for every caller: status and problem slug (null = success). */
    static final Map<Endpoint, Map<TestCaller, Object[]>> STAFF = Map.ofEntries(
            Map.entry(Endpoint.CREATE, outcomes(201, List.of(OWN_OPERATOR, OTHER_OPERATOR), Map.of())),
            Map.entry(Endpoint.EDIT, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.SUBMIT, outcomes(200, List.of(OWN_OPERATOR), Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.REVIEW, outcomes(200, List.of(EDITOR), Map.of())),
            Map.entry(Endpoint.WITHDRAW, outcomes(200, List.of(EDITOR), Map.of())),
            Map.entry(Endpoint.DESK, outcomes(200, List.of(OWN_OPERATOR, OTHER_OPERATOR, EDITOR), Map.of())),
            Map.entry(Endpoint.EDITORIAL, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.REVISIONS, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.CORRECT, outcomes(200, List.of(EDITOR), Map.of())),
            Map.entry(Endpoint.COMMENT, outcomes(201, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.COMMENTS, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.DIFF, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.IMAGE_UPLOAD, outcomes(201, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.IMAGE_LIST, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))),
            Map.entry(Endpoint.IMAGE_OF_DRAFT, outcomes(200, List.of(OWN_OPERATOR, EDITOR),
                    Map.of(OTHER_OPERATOR, "forbidden-unit"))));

    /**
     * Allowed callers get {@code success}; anonymous 401; callers of another tenant 403 forbidden-tenant (the province
     * admin passes the tenant check but lacks the newsroom roles: 403 forbidden); the rest 403 forbidden unless
     * {@code special} says otherwise.
     */
    private static Map<TestCaller, Object[]> outcomes(int success, List<TestCaller> allowed, Map<TestCaller, String> special) {
        Map<TestCaller, Object[]> result = new java.util.HashMap<>();
        for (TestCaller caller : ALL) {
            if (allowed.contains(caller)) {
                result.put(caller, new Object[]{success, null});
            } else if (special.containsKey(caller)) {
                result.put(caller, new Object[]{403, special.get(caller)});
            } else if (caller == ANONYMOUS) {
                result.put(caller, new Object[]{401, "unauthenticated"});
            } else if (caller == FOREIGN_EDITOR || caller == FOREIGN_OPERATOR) {
                result.put(caller, new Object[]{403, "forbidden-tenant"});
            } else {
                result.put(caller, new Object[]{403, "forbidden"});
            }
        }
        return result;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (TestCaller caller : ALL) {
                if (endpoint.isPublic()) {
                    rows.add(Arguments.of(endpoint, caller, 200, null));
                } else {
                    Object[] outcome = STAFF.get(endpoint).get(caller);
                    rows.add(Arguments.of(endpoint, caller, outcome[0], outcome[1]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void roleAndTenantMatrix(Endpoint endpoint, TestCaller caller, int expected, String problem) throws Exception {
        ResultActions result = mvc.perform(endpoint.request().with(caller.token())).andExpect(status().is(expected));
        if (problem != null) {
            result.andExpect(jsonPath("$.type").value("https://terbuka.id/problems/" + problem));
        }
    }

    @Test
    void anOperatorNeverReachesTheReviewNorAForeignEditorTheService() throws Exception {
        mvc.perform(Endpoint.REVIEW.request().with(OWN_OPERATOR.token())).andExpect(status().isForbidden());
        mvc.perform(Endpoint.REVIEW.request().with(FOREIGN_EDITOR.token())).andExpect(status().isForbidden());
        verify(service, never()).review(any(), any(), any(), any());
    }

    @Test
    void anImageThePublishedTextDoesNotUseStaysWithTheStaff() throws Exception {
        mvc.perform(get(BASE + "/images/img-unused/detail")).andExpect(status().isUnauthorized());
        mvc.perform(get(BASE + "/images/img-unused/detail").with(OWN_OPERATOR.token())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("private")));
        mvc.perform(get(BASE + "/images/img-pub/detail")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("public")));
    }

    @Test
    void theOperatorAddsNoPictureToAnArticleUnderReview() throws Exception {
        when(service.get(TENANT, ID)).thenReturn(ArticleTest.inReview());
        mvc.perform(Endpoint.IMAGE_UPLOAD.request().with(OWN_OPERATOR.token())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/article-not-editable"));
        mvc.perform(Endpoint.IMAGE_UPLOAD.request().with(EDITOR.token())).andExpect(status().isCreated());
    }

    @Test
    void anUnknownTenantIsNotFound() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/tidak-ada/news"),
                get("/api/v1/tidak-ada/news/feed.atom"), get("/api/v1/tidak-ada/news/activity"),
                get("/api/v1/tidak-ada/news/activity.csv"), get("/api/v1/tidak-ada/news/sitemap-news.xml"),
                get("/api/v1/tidak-ada/news/images/img-pub/list"), get("/api/v1/tidak-ada/news/activity/history"),
                get("/api/v1/tidak-ada/news/activity/history.csv"))) {
            mvc.perform(request).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("https://terbuka.id/problems/tenant-not-found"));
        }
    }

    @Test
    void theRankingHistoryNamesAWrongPeriod() throws Exception {
        mvc.perform(get(BASE + "/activity/history?from=2026-05&to=2026-03")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(BASE + "/activity/history?from=2023-01&to=2026-03")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(BASE + "/activity/history?from=maret")).andExpect(status().isBadRequest());
        mvc.perform(get(BASE + "/activity/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-05")).andExpect(jsonPath("$.to").value("2026-04"))
                .andExpect(jsonPath("$.months.length()").value(12));
    }

    @Test
    void aPublicListAnswers304ToItsOwnEtag() throws Exception {
        String etag = mvc.perform(get(BASE)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(BASE).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(BASE).header("If-None-Match", "\"0-deadbeef\"")).andExpect(status().isOk());
    }

    @Test
    void anEditTakesTheVersionFromIfMatch() throws Exception {
        mvc.perform(put(BASE + "/" + ID).header("If-Match", "W/\"7\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\",\"body\":\"y\"}").with(OWN_OPERATOR.token())).andExpect(status().isOk());
        verify(service).edit(any(), any(), eq(7L), any(), eq(false));
    }
}
