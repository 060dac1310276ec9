package id.terbuka.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformPlanTest {

    private static final Path ROOT = Path.of("/work/terbuka");
    private static final Path RUN = Path.of("/work/terbuka/.run");
    private static final PlatformSettings LOCAL_DEMO = new PlatformSettings(true, null, null);

    private static List<String> names(List<Component> components) {
        return components.stream().map(Component::name).toList();
    }

    private static PlatformPlan plan(PlatformSettings settings) {
        return new PlatformPlan(PlatformPlan.select(Set.of(), settings), settings, RUN, ROOT);
    }

    @Test
    void startsStoresAndBrokerThenDiscoveryThenServicesThenGateway() {
        List<String> order = names(PlatformPlan.select(Set.of(), LOCAL_DEMO));

        assertThat(order).containsExactly("mongodb", "kafka", "discovery", "identity-service", "catalogue-service",
                "request-service", "complaint-service", "news-service", "gateway");
    }

    @Test
    void everyServiceWaitsForMongoKafkaAndDiscovery() {
        PlatformPlan plan = plan(LOCAL_DEMO);
        Component catalogue = Components.byName("catalogue-service").orElseThrow();

        assertThat(plan.dependenciesInPlan(catalogue)).containsExactly("mongodb", "kafka", "discovery");
        assertThat(plan.dependenciesInPlan(Components.byName("gateway").orElseThrow())).containsExactly("discovery");
    }

    @Test
    void leavesOutTheLocalStoreAndBrokerWhenExternalOnesAreGiven() {
        PlatformSettings external = new PlatformSettings(true, "mongodb://db:27017", "kafka:9092");
        PlatformPlan plan = plan(external);

        assertThat(names(plan.components())).doesNotContain("mongodb", "kafka").contains("discovery", "gateway");
        assertThat(plan.dependenciesInPlan(Components.byName("news-service").orElseThrow())).containsExactly("discovery");
        assertThat(plan.environment(Components.byName("news-service").orElseThrow(), Map.of()))
                .containsEntry("MONGODB_URI", "mongodb://db:27017")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    }

    @Test
    void keepsTheCatalogueSearchIndexInTheRunFolderUnlessAnotherIsGiven() {
        PlatformPlan plan = plan(LOCAL_DEMO);
        Component catalogue = Components.byName("catalogue-service").orElseThrow();

        assertThat(plan.environment(catalogue, Map.of()))
                .containsEntry("TERBUKA_CATALOGUE_INDEX_DIRECTORY", plan.catalogueIndexDir().toString());
        assertThat(plan.catalogueIndexDir().startsWith(plan.runDir())).isTrue();
        assertThat(plan.environment(catalogue, Map.of("TERBUKA_CATALOGUE_INDEX_DIRECTORY", "/srv/index")))
                .doesNotContainKey("TERBUKA_CATALOGUE_INDEX_DIRECTORY");
        assertThat(plan.environment(Components.byName("news-service").orElseThrow(), Map.of()))
                .doesNotContainKey("TERBUKA_CATALOGUE_INDEX_DIRECTORY");
    }

    @Test
    void onlyAddsWhatTheChosenComponentsNeed() {
        assertThat(names(PlatformPlan.select(Set.of("catalogue-service"), LOCAL_DEMO)))
                .containsExactly("mongodb", "kafka", "discovery", "catalogue-service");
        assertThat(names(PlatformPlan.select(Set.of("gateway"), LOCAL_DEMO))).containsExactly("discovery", "gateway");
    }

    @Test
    void stopsInReverseOrderGatewayFirstStoresLast() {
        List<List<String>> tiers = plan(LOCAL_DEMO).stopTiers().stream().map(PlatformPlanTest::names).toList();

        assertThat(tiers).hasSize(4);
        assertThat(tiers.get(0)).containsExactly("gateway");
        assertThat(tiers.get(1)).containsExactlyInAnyOrder("identity-service", "catalogue-service", "request-service",
                "complaint-service", "news-service");
        assertThat(tiers.get(2)).containsExactly("discovery");
        assertThat(tiers.get(3)).containsExactlyInAnyOrder("kafka", "mongodb");
    }

    @Test
    void servicesBindLoopbackAndFindEachOtherThroughTheLocalPlatform() {
        Map<String, String> env = plan(LOCAL_DEMO).environment(Components.byName("request-service").orElseThrow(), Map.of());

        assertThat(env).containsEntry("SERVER_PORT", "8083")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("EUREKA_URL", "http://127.0.0.1:8761/eureka")
                .containsEntry("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27027")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("SPRING_PROFILES_ACTIVE", "demo");
    }

    @Test
    void demoProfileIsAddedToProfilesTheUserChose() {
        Component news = Components.byName("news-service").orElseThrow();

        assertThat(plan(LOCAL_DEMO).environment(news, Map.of("SPRING_PROFILES_ACTIVE", "debug")))
                .containsEntry("SPRING_PROFILES_ACTIVE", "debug,demo");
        assertThat(plan(new PlatformSettings(false, null, null)).environment(news, Map.of()))
                .doesNotContainKey("SPRING_PROFILES_ACTIVE");
    }

    @Test
    void kafkaAndMongoKeepTheirDataInTheRunFolder() {
        PlatformPlan plan = plan(LOCAL_DEMO);
        Component kafka = Components.byName("kafka").orElseThrow();
        Component mongo = Components.byName("mongodb").orElseThrow();
        Path kafkaJar = plan.jar(kafka);

        assertThat(plan.command(kafka, "java", kafkaJar, List.of("-Xmx512m")))
                .startsWith("java", "-Xms64m")
                .containsSubsequence("-Xmx256m", "-Xmx512m", "-jar", kafkaJar.toString())
                .endsWith("--data-dir", RUN.resolve("data/kafka").toString(), "--port", "19092",
                        "--controller-port", "19093");
        assertThat(plan.command(mongo, "java", plan.jar(mongo), List.of()))
                .endsWith("--data-file", RUN.resolve("data/mongodb/terbuka.mv").toString(), "--port", "27027");
        assertThat(plan.environment(kafka, Map.of())).isEmpty();
        assertThat(kafka.ports()).containsExactly(19092, 19093);
        assertThat(plan.logFile(kafka)).isEqualTo(RUN.resolve("logs/kafka.log"));
    }

    @Test
    void findsEachJarInItsModuleTarget() {
        PlatformPlan plan = plan(LOCAL_DEMO);

        assertThat(plan.jar(Components.byName("identity-service").orElseThrow()))
                .isEqualTo(ROOT.resolve("services/identity-service/target/terbuka-identity-service-0.1.0-SNAPSHOT.jar"));
        assertThat(plan.jar(Components.byName("kafka").orElseThrow()))
                .isEqualTo(ROOT.resolve("infra/local/kafka-server/target/terbuka-local-kafka-0.1.0-SNAPSHOT-exec.jar"));
    }
}
