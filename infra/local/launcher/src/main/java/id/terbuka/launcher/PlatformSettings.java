package id.terbuka.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How a platform was started; saved in the run folder so that {@code restart} starts a component exactly as
 * {@code up} did.
 *
 * @param demo              demo profile and demo data
 * @param externalMongoUri  MongoDB given by the user, or null for the local store
 * @param externalKafka     Kafka given by the user, or null for the local broker
 */
public record PlatformSettings(boolean demo, String externalMongoUri, String externalKafka) {

    public static final String LOCAL_MONGO_URI = "mongodb://127.0.0.1:27027";
    public static final String LOCAL_KAFKA = "127.0.0.1:19092";
    public static final String EUREKA_URL = "http://127.0.0.1:8761/eureka";

    public static PlatformSettings from(Options options) {
        return new PlatformSettings(options.demo(), options.mongoUri(), options.kafkaServers());
    }

    public boolean localMongo() {
        return externalMongoUri == null;
    }

    public boolean localKafka() {
        return externalKafka == null;
    }

    public String mongoUri() {
        return localMongo() ? LOCAL_MONGO_URI : externalMongoUri;
    }

    public String kafkaServers() {
        return localKafka() ? LOCAL_KAFKA : externalKafka;
    }

    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("demo", Boolean.toString(demo));
        if (externalMongoUri != null) {
            p.setProperty("mongodb.uri", externalMongoUri);
        }
        if (externalKafka != null) {
            p.setProperty("kafka.bootstrap-servers", externalKafka);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "How the platform in this run folder was started (read by 'restart')");
        }
    }

    /** The saved settings, or {@code fallback} when the run folder has none yet. */
    public static PlatformSettings load(Path file, PlatformSettings fallback) throws IOException {
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new PlatformSettings(Boolean.parseBoolean(p.getProperty("demo", "true")),
                p.getProperty("mongodb.uri"), p.getProperty("kafka.bootstrap-servers"));
    }
}
